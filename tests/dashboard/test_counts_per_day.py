"""The inbox's claims-per-day chart (selectors.claim_counts_per_day): local days of publication,
ingest day for undated articles, the window ending on the latest day."""

from datetime import date, datetime, timedelta
from datetime import timezone as dt_timezone

import pytest

from claims.selectors import claim_counts_per_day
from sources.models import Article
from tests.factories import ArticleFactory, ClaimFactory

pytestmark = pytest.mark.django_db

UTC = dt_timezone.utc


def claims_in(published_at, n=1):
    article = ArticleFactory(published_at=published_at)
    for i in range(n):
        ClaimFactory(article=article, start=i * 30)
    return article


def test_no_claims_no_chart():
    ArticleFactory(published_at=datetime(2024, 6, 1, tzinfo=UTC))  # an article without claims
    assert claim_counts_per_day(days=7) == []


def test_claims_are_counted_on_their_local_day_of_publication_up_to_the_latest(settings):
    settings.TIME_ZONE = "Asia/Jakarta"  # UTC+7
    claims_in(datetime(2024, 6, 3, 12, 0, tzinfo=UTC), n=2)  # 3 June, 19:00 in Jakarta
    claims_in(datetime(2024, 6, 3, 18, 30, tzinfo=UTC))  # 4 June, 01:30 in Jakarta
    claims_in(datetime(2024, 6, 5, 16, 59, tzinfo=UTC), n=3)  # 5 June, 23:59: the latest day
    claims_in(datetime(2024, 5, 30, 16, 59, tzinfo=UTC))  # 30 May, 23:59: before the window
    claims_in(datetime(2024, 5, 30, 17, 0, tzinfo=UTC))  # 31 May, 00:00: its first instant

    assert claim_counts_per_day(days=6) == [
        (date(2024, 5, 31), 1), (date(2024, 6, 1), 0), (date(2024, 6, 2), 0),
        (date(2024, 6, 3), 2), (date(2024, 6, 4), 1), (date(2024, 6, 5), 3),
    ]


def test_an_undated_article_counts_on_the_day_it_was_ingested(settings):
    settings.TIME_ZONE = "Asia/Jakarta"
    claims_in(datetime(2024, 6, 4, 3, 0, tzinfo=UTC))
    undated = claims_in(None, n=2)
    Article.objects.filter(pk=undated.pk).update(ingested_at=datetime(2024, 6, 5, 20, 0, tzinfo=UTC))  # 6 June local

    assert claim_counts_per_day(days=3) == [(date(2024, 6, 4), 1), (date(2024, 6, 5), 0), (date(2024, 6, 6), 2)]


def test_the_window_ends_on_the_latest_day_whatever_today_is():
    last = datetime(2021, 1, 10, 5, 0, tzinfo=UTC)
    claims_in(last)
    days = claim_counts_per_day(days=30)
    assert len(days) == 30 and days[-1] == (date(2021, 1, 10), 1)
    assert days[0][0] == date(2021, 1, 10) - timedelta(days=29)
