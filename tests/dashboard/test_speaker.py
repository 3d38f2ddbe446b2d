import datetime as dt

import pytest
from django.urls import reverse

from claims.models import Claim, Speaker
from tests.factories import ArticleFactory, ClaimFactory, SpeakerFactory

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


def test_the_merge_form_is_a_text_box_with_suggestions_not_a_list_of_every_speaker(login):
    speaker = SpeakerFactory(name="Peskov")
    for i in range(30):
        SpeakerFactory(name=f"Juru Bicara {i}")
    html = login("editor").get(reverse("claims:speaker", args=[speaker.pk])).content.decode()
    assert '<label for="id_target_name">Merge this speaker into</label>' in html
    assert '<datalist id="merge-target-options">' in html and 'name="target" id="id_target"' in html
    assert "Juru Bicara 7" not in html


def test_an_editor_merges_by_typing_the_whole_name_without_javascript(login):
    source, target = SpeakerFactory(name="Peskov"), SpeakerFactory(name="Dmitry Peskov")
    make_cluster(["undangan itu aktif"], speaker=source)
    response = login("editor").post(reverse("claims:speaker_merge", args=[source.pk]),
                                    {"target_name": "dmitry peskov", "target": ""})
    assert response.url == reverse("claims:speaker", args=[target.pk])
    assert Speaker.objects.get(pk=source.pk).merged_into_id == target.pk


def test_a_name_that_is_not_one_other_speaker_is_refused_with_its_text_escaped(login):
    source = SpeakerFactory(name="Peskov")
    SpeakerFactory(name="Dmitry Peskov")
    client = login("editor")
    for typed in ("Dmitry", "<b>Nobody</b>", "Peskov"):  # part of a name, no one, itself
        response = client.post(reverse("claims:speaker_merge", args=[source.pk]), {"target_name": typed})
        assert response.status_code == 400, typed
        assert "pick one of the suggestions" in response.content.decode()
    assert "<b>Nobody</b>" not in response.content.decode()
    assert Speaker.objects.get(pk=source.pk).merged_into_id is None


def test_a_picked_target_gives_way_to_a_retyped_name(login):
    source, picked, typed = SpeakerFactory(name="Peskov"), SpeakerFactory(name="Dmitry Peskov"), SpeakerFactory(
        name="Vladimir Putin")
    response = login("editor").post(reverse("claims:speaker_merge", args=[source.pk]),
                                    {"target": picked.pk, "target_name": "Vladimir Putin"})
    assert response.url == reverse("claims:speaker", args=[typed.pk])


def test_the_busiest_speaker_page_shows_fifty_claims_a_page(login):
    speaker = SpeakerFactory()
    for i in range(51):
        make_cluster([f"pernyataan ke {i} soal pajak"], speaker=speaker)
    html = login().get(reverse("claims:speaker", args=[speaker.pk])).content.decode()
    assert html.count('<li class="card"><p class="claim-text">') == 50
    assert "51 claims" in html and "page=2" in html


def test_the_speaker_page_counts_claims_on_the_local_day(login, settings):
    settings.TIME_ZONE = "Asia/Jakarta"
    speaker = SpeakerFactory()
    # 20:30 UTC on 24 May is 03:30 on 25 May in Jakarta.
    ClaimFactory(speaker=speaker, article=ArticleFactory(published_at=dt.datetime(2024, 5, 24, 20, 30, tzinfo=dt.UTC)))
    html = login().get(reverse("claims:speaker", args=[speaker.pk])).content.decode()
    assert "2024-05-25" in html and "2024-05-24" not in html


def test_the_speaker_chart_counts_months_when_the_page_spans_years(login):
    speaker = SpeakerFactory()
    for when in (dt.datetime(2024, 5, 25, 3, tzinfo=dt.UTC), dt.datetime(2026, 11, 26, 3, tzinfo=dt.UTC)):
        ClaimFactory(speaker=speaker, article=ArticleFactory(published_at=when))
    html = login().get(reverse("claims:speaker", args=[speaker.pk])).content.decode()
    assert "Claims per month (this page)" in html
    assert html.count("<rect") == 31  # May 2024 to November 2026, empty months included
