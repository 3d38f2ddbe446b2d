import hashlib

import factory

from claims.models import Claim, ClaimCluster, Speaker, SpeakerAlias
from claims.speakers import normalise_name
from sources.models import Article, Outlet


class OutletFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Outlet
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Outlet {n}")
    slug = factory.LazyAttribute(lambda o: o.name.lower().replace(" ", "-"))
    language = "id"


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    outlet = factory.SubFactory(OutletFactory)
    title = factory.Sequence(lambda n: f"Judul berita {n}")
    body = factory.Sequence(lambda n: f"Menteri itu mengatakan, harga beras turun {n} persen pekan ini.")
    raw = factory.LazyAttribute(lambda a: a.body.encode())
    content_hash = factory.LazyAttribute(lambda a: hashlib.sha256(a.body.encode()).hexdigest())
    language = "id"


class SpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Speaker
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Pembicara {n}")
    kind = Speaker.Kind.PERSON

    @factory.post_generation
    def alias(self, create, extracted, **kwargs):
        if create:
            SpeakerAlias.objects.get_or_create(
                normalised=normalise_name(self.name), defaults={"speaker": self, "alias": self.name}
            )


class ClaimClusterFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ClaimCluster


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim

    article = factory.SubFactory(ArticleFactory)
    speaker = factory.SubFactory(SpeakerFactory)
    start = 0
    text = factory.LazyAttribute(lambda c: c.article.body[:20])
    end = factory.LazyAttribute(lambda c: c.start + len(c.text))
    normalised_text = factory.LazyAttribute(lambda c: c.text.lower())
    kind = Claim.Kind.INDIRECT
    language = "id"
    seen_at = factory.LazyAttribute(lambda c: c.article.seen_at)


class UserFactory(factory.django.DjangoModelFactory):
    """A user in one role group: `UserFactory(role="editor")`; no role makes a user without one."""

    class Meta:
        model = "auth.User"
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password("pw-for-tests-only")

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if create and extracted:
            from django.contrib.auth.models import Group

            self.groups.add(Group.objects.get_or_create(name=extracted)[0])


class ReviewFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "claims.Review"

    cluster = factory.SubFactory(ClaimClusterFactory)
    verdict = ""
