"""`manage.py reextract`: stored articles read again by the current extractor gain the claims it
newly finds, and lose or change nothing."""

from io import StringIO

import pytest
from django.core.management import call_command

from claims.models import Claim
from claims.pipeline import EXTRACTOR_VERSION, ingest
from claims.reextraction import article_reextract, articles_to_reextract

pytestmark = pytest.mark.django_db

BODY = (
    "Pelabuhan Sunda Kembali Dibuka\n\n"
    "Kepala Syahbandar Budi Santoso mengatakan kapal penumpang akan kembali berlayar pekan depan.\n\n"
    "Sementara itu, Dinas Perhubungan menegaskan bahwa tarif penyeberangan tidak akan naik tahun ini.\n"
)


def stored_as_an_older_extractor_left_it():
    """The article with one of its two statements missing, as a less able extractor stored it."""
    article = ingest(BODY.encode(), source_name="pelabuhan.txt", filename="pelabuhan.txt").article
    assert article.claims.count() == 2
    article.claims.get(text__contains="tarif").delete()
    article.extractor_version = "5"
    article.save(update_fields=["extractor_version"])
    return article


def test_it_adds_what_the_older_extractor_missed_and_leaves_the_stored_claims_alone():
    article = stored_as_an_older_extractor_left_it()
    kept = article.claims.get()
    before = Claim.objects.filter(pk=kept.pk).values().get()

    result = article_reextract(article)

    assert result.skipped is None and len(result.added) == 1
    added = Claim.objects.get(pk=result.added[0])
    assert "tarif penyeberangan tidak akan naik" in added.text and added.cluster_id is not None
    assert added.speaker.name == "Dinas Perhubungan"
    assert Claim.objects.filter(pk=kept.pk).values().get() == before  # not a field changed
    article.refresh_from_db()
    assert article.extractor_version == EXTRACTOR_VERSION


def test_a_second_run_finds_nothing_to_do():
    article = stored_as_an_older_extractor_left_it()
    article_reextract(article)
    assert not articles_to_reextract().exists()
    article.refresh_from_db()
    again = article_reextract(article)
    assert again.added == [] and article.claims.count() == 2


def test_an_article_whose_input_now_reads_as_another_text_is_left_as_it_was():
    article = stored_as_an_older_extractor_left_it()
    article.content_hash = "0" * 64  # as if the parser now read another text from the same input
    article.save(update_fields=["content_hash"])
    result = article_reextract(article)
    assert result.added == [] and "another text" in result.skipped
    article.refresh_from_db()
    assert article.claims.count() == 1 and article.extractor_version == "5"


def test_the_command_reports_each_article_and_the_total():
    stored_as_an_older_extractor_left_it()
    out = StringIO()
    call_command("reextract", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].endswith("read again\t1 claims added")
    assert lines[-1] == "1 claims added; 0 articles skipped"
    out = StringIO()
    call_command("reextract", stdout=out)
    assert out.getvalue().splitlines() == ["0 claims added; 0 articles skipped"]
