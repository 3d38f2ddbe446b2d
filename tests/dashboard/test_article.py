import pytest
from django.urls import reverse

from claims.models import Claim
from tests.factories import ArticleFactory, ClaimFactory, SpeakerFactory

pytestmark = pytest.mark.django_db

BODY = 'Menurut Ani, "harga beras turun." Budi membantah <script>x()</script>: "tidak benar."'


@pytest.fixture
def article():
    article = ArticleFactory(body=BODY, raw=BODY.encode("cp1252"), raw_encoding="cp1252", author="Novi",
                             dateline="Jakarta")
    for text, speaker, stance in (("harga beras turun.", "Ani", "assert"), ("tidak benar.", "Budi", "deny")):
        start = BODY.index(text)
        ClaimFactory(article=article, text=text, start=start, speaker=SpeakerFactory(name=speaker), stance=stance)
    return article


def test_it_highlights_each_statement_from_its_offsets(login, article):
    html = login().get(reverse("claims:article", args=[article.pk])).content.decode()
    for claim in Claim.objects.filter(article=article):
        assert f'<mark id="claim-{claim.pk}" class="stance-{claim.stance}"' in html
        assert f">{claim.text}</mark>" in html
    assert "Budi" in html and "Denies" in html and "Novi" in html and "Jakarta" in html


def test_the_body_is_escaped(login, article):
    html = login().get(reverse("claims:article", args=[article.pk])).content.decode()
    assert "<script>x()</script>" not in html
    assert "&lt;script&gt;x()&lt;/script&gt;" in html


def test_the_raw_input_is_decoded_with_its_encoding_and_escaped(login, article):
    html = login().get(reverse("claims:article_raw", args=[article.pk])).content.decode()
    assert "&lt;script&gt;x()&lt;/script&gt;" in html
    assert "cp1252" in html


def test_its_query_count_does_not_grow_with_statements(login, django_assert_max_num_queries):
    body = " ".join(f"kalimat nomor {i:03d}." for i in range(40))
    article = ArticleFactory(body=body)
    for i in range(40):
        text = f"kalimat nomor {i:03d}."
        ClaimFactory(article=article, text=text, start=body.index(text))
    client = login()
    with django_assert_max_num_queries(10):
        client.get(reverse("claims:article", args=[article.pk]))
