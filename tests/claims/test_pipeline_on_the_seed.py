"""The seed article end to end: what a checker sees after `make run`."""

from datetime import datetime, timedelta, timezone

import pytest

from claims.models import Claim, ClaimCluster
from claims.pipeline import ingest
from sources.models import Article

pytestmark = pytest.mark.django_db

# (a phrase of the statement, the speaker it must be attributed to, kind, stance or None)
EXPECTED = [
    ("kunjungan resmi Presiden Vladimir Putin ke Korea Utara", "Kremlin", "indirect", "assert"),
    ("tanggalnya akan diumumkan kemudian", "Dmitry Peskov", "indirect", "assert"),
    ("Presiden Putin mendapatkan undangan aktif", "Dmitry Peskov", "direct", "assert"),
    ("Kami akan mengumumkan tanggal kunjungan", "Dmitry Peskov", "direct", "assert"),
    ("dibantah keras", "Korea", "indirect", "deny"),
    # "menyebut" (says) carries an accusation only through its content: stance not pinned here.
    ("jutaan peluru artileri", "Korea Selatan", "indirect", None),
    ("menembakkan rudal-rudal balistik", "Ukrain", "indirect", "accuse"),
]


@pytest.fixture
def article(seed_bytes):
    result = ingest(seed_bytes, source_name="seeds/detiknews-putin-korut-2024-05-25.txt", filename="seed.txt")
    assert result.ok, result.error
    return result.article


def test_it_finds_the_seven_attributed_statements_with_their_speakers(article):
    claims = list(article.claims.select_related("speaker"))
    assert len(claims) == 7
    for phrase, speaker, kind, stance in EXPECTED:
        [claim] = [c for c in claims if phrase in c.text]
        assert claim.speaker is not None, phrase
        assert speaker.casefold() in claim.speaker.name.casefold(), (phrase, claim.speaker.name)
        assert claim.kind == kind, phrase
        assert stance is None or claim.stance == stance, phrase


def test_both_direct_quotes_are_peskovs_including_the_misspelt_cue(article):
    direct = article.claims.filter(kind=Claim.Kind.DIRECT).select_related("speaker")
    assert {c.speaker.name for c in direct} == {"Dmitry Peskov"}
    assert any(c.speaker_mention == "imbunya" for c in direct)


def test_the_statement_to_ria_novosti_keeps_the_channel_apart_from_the_speaker(article):
    claim = article.claims.get(text__contains="tanggalnya akan diumumkan")
    assert claim.via == "RIA Novosti"


def test_it_stores_the_metadata(article):
    assert article.outlet.name == "detikNews"
    assert article.author == "Novi Christiastuti"
    assert article.published_at == datetime(2024, 5, 25, 17, 12, tzinfo=timezone(timedelta(hours=7)))
    assert article.dateline == "Moskow"
    assert article.language == "id"
    assert [o.name for o in article.wire_sources.all()] == ["AFP"]
    assert article.title.startswith("Putin Akan Lakukan Kunjungan")


@pytest.mark.parametrize(
    "junk",
    [
        "SCROLL TO CONTINUE WITH CONTENT",
        "ADVERTISEMENT",
        "Simak berita selengkapnya di halaman selanjutnya.",
        "Hoegeng Awards",
        "Hide Ads",
        "Acquire Licensing Rights",
        "dok. KCNA",
    ],
)
def test_the_body_has_none_of_the_pages_ads_and_captions(article, junk):
    assert junk not in article.body


def test_every_claim_is_the_slice_of_the_body_its_offsets_name(article):
    for claim in article.claims.all():
        assert article.body[claim.start : claim.end] == claim.text


def test_the_raw_input_is_kept_byte_for_byte(article, seed_bytes):
    assert bytes(article.raw) == seed_bytes


def test_every_claim_is_in_a_cluster_with_counts(article):
    assert not article.claims.filter(cluster__isnull=True).exists()
    cluster = ClaimCluster.objects.first()
    assert cluster.claim_count >= 1 and cluster.outlet_count == 1 and cluster.origin_count == 1


def test_ingesting_it_again_stores_nothing_new(article, seed_bytes):
    again = ingest(seed_bytes, source_name="again.txt")
    reflowed = ingest(seed_bytes.replace(b"\n\n", b"\r\n\r\n"), source_name="crlf.txt")
    assert again.article == article and not again.created and again.statement_count == 7
    assert reflowed.article == article and not reflowed.created
    assert Article.objects.count() == 1
    assert Claim.objects.count() == 7
