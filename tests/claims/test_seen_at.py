"""Claim.seen_at, the time every list of claims is sorted by, is a copy of the article's
publication time (its ingest time when undated): set at ingest, filled by migration 0011 for the
claims stored before it, and moved when an article's date is edited."""

import datetime as dt

import pytest

from claims import selectors
from claims.models import Claim
from claims.pipeline import ingest
from sources.models import Article
from tests.factories import ArticleFactory, ClaimFactory, SpeakerFactory

from .migration_steps import migrate, migrate_to_latest, model_at

BEFORE = ("claims", "0010_cluster_spread")
AFTER = ("claims", "0011_claim_seen_at")
MAY_25 = dt.datetime(2024, 5, 25, 10, 12, tzinfo=dt.UTC)


@pytest.mark.django_db
def test_ingest_copies_the_articles_time_or_its_ingest_time():
    text = 'Juru bicara Kremlin Dmitry Peskov mengatakan, "Kunjungan itu sedang dipersiapkan."'
    dated = ingest(text.encode(), source_name="dated.txt", hints={"published_at": MAY_25}).article
    undated = ingest((text + " Lagi.").encode(), source_name="undated.txt").article
    assert Claim.objects.filter(article__in=[dated, undated]).count() == 2
    assert {c.seen_at for c in Claim.objects.filter(article=dated)} == {MAY_25}
    assert {c.seen_at for c in Claim.objects.filter(article=undated)} == {undated.ingested_at}


@pytest.mark.django_db
def test_editing_an_articles_date_moves_its_claims_in_the_lists():
    speaker = SpeakerFactory()
    older = ClaimFactory(speaker=speaker, article=ArticleFactory(published_at=MAY_25))
    newer = ClaimFactory(speaker=speaker, article=ArticleFactory(published_at=MAY_25 + dt.timedelta(days=1)))
    assert list(selectors.claim_list(speaker=speaker)) == [newer, older]

    article = Article.objects.get(pk=older.article_id)
    article.published_at = MAY_25 + dt.timedelta(days=2)
    article.save()
    assert list(selectors.claim_list(speaker=speaker)) == [older, newer]

    article.published_at = None  # the date removed: the ingest time stands in
    article.save()
    assert Claim.objects.get(pk=older.pk).seen_at == article.ingested_at


@pytest.mark.django_db(transaction=True)
def test_the_migration_fills_the_time_of_claims_stored_before_it():
    try:
        migrate(BEFORE)
        Then = model_at(BEFORE, "Claim")
        dated, undated = ArticleFactory(published_at=MAY_25), ArticleFactory(published_at=None)
        made = [Then.objects.create(article_id=article.pk, text="harga beras naik", normalised_text="harga beras naik",
                                    start=0, end=16, kind="direct", language="id")
                for article in (dated, undated)]
        migrate(AFTER)
        Now = model_at(AFTER, "Claim")
        assert [Now.objects.get(pk=c.pk).seen_at for c in made] == [MAY_25, undated.ingested_at]
    finally:
        migrate_to_latest()
