import pytest
from django.urls import reverse

from claims.models import Claim, Speaker
from tests.factories import SpeakerFactory

from .conftest import make_cluster

pytestmark = pytest.mark.django_db


def test_it_shows_aliases_role_and_claims(login):
    speaker = SpeakerFactory(name="Dmitry Peskov", role="Juru bicara Kremlin")
    make_cluster(["Putin mendapat undangan aktif"], speaker=speaker)
    html = login().get(reverse("claims:speaker", args=[speaker.pk])).content.decode()
    assert "Dmitry Peskov" in html and "Juru bicara Kremlin" in html
    assert "Putin mendapat undangan aktif" in html
    assert "<svg" in html


def test_an_editor_adds_an_alias(login):
    speaker = SpeakerFactory(name="Dmitry Peskov")
    response = login("editor").post(reverse("claims:speaker_alias_add", args=[speaker.pk]), {"alias": "Peskov"})
    assert response.status_code == 302
    assert speaker.aliases.filter(alias="Peskov").exists()


def test_an_editor_merges_two_speakers_and_the_old_page_redirects(login):
    source, target = SpeakerFactory(name="Peskov"), SpeakerFactory(name="Dmitry Peskov")
    make_cluster(["undangan itu aktif"], speaker=source)
    client = login("editor")
    response = client.post(reverse("claims:speaker_merge", args=[source.pk]), {"target": target.pk})
    assert response.url == reverse("claims:speaker", args=[target.pk])
    assert Claim.objects.filter(speaker=target).count() == 1
    assert Speaker.objects.get(pk=source.pk).merged_into_id == target.pk
    assert client.get(reverse("claims:speaker", args=[source.pk])).url == reverse("claims:speaker", args=[target.pk])


def test_a_bad_merge_is_shown_on_the_page(login):
    speaker = SpeakerFactory()
    response = login("editor").post(reverse("claims:speaker_merge", args=[speaker.pk]), {"target": speaker.pk})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()


def test_the_speaker_list_searches_names_and_aliases(login):
    SpeakerFactory(name="Korea Utara")
    SpeakerFactory(name="Amerika Serikat")
    html = login().get(reverse("claims:speakers"), {"q": "korea"}).content.decode()
    assert "Korea Utara" in html and "Amerika Serikat" not in html


def test_its_query_count_does_not_grow_with_claims(login, django_assert_max_num_queries):
    speaker = SpeakerFactory()
    for i in range(20):
        make_cluster([f"pernyataan ke {i} soal pajak"], speaker=speaker)
    client = login("editor")
    with django_assert_max_num_queries(14):
        client.get(reverse("claims:speaker", args=[speaker.pk]))
