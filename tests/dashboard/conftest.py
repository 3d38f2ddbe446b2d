import datetime as dt

import pytest
from django.utils import timezone

from claims.clustering import cluster_refresh_stats
from tests.factories import (
    ArticleFactory,
    ClaimClusterFactory,
    ClaimFactory,
    OutletFactory,
    SpeakerFactory,
    UserFactory,
)


@pytest.fixture
def login(client):
    """Sign in a fresh user with `role` (None: a user without a role) and return the client."""

    def _login(role: str | None = "viewer"):
        user = UserFactory(role=role)
        client.force_login(user)
        client.user = user
        return client

    return _login


def make_cluster(texts, *, speaker=None, start=None, outlets=None):
    """A cluster with one claim per text, each in its own article a day apart."""
    cluster = ClaimClusterFactory()
    speaker = speaker or SpeakerFactory()
    start = start or timezone.make_aware(dt.datetime(2024, 5, 25, 9, 0))
    for i, text in enumerate(texts):
        body = f"Kata dia, {text} Begitu laporannya nomor {cluster.pk}-{i}."
        outlet = outlets[i] if outlets else OutletFactory(name=f"Outlet {cluster.pk}-{i}")
        article = ArticleFactory(body=body, outlet=outlet, published_at=start + dt.timedelta(days=i))
        ClaimFactory(article=article, speaker=speaker, text=text, start=10, cluster=cluster)
    cluster_refresh_stats(cluster)
    return cluster


@pytest.fixture
def cluster(db):
    return make_cluster([
        "harga beras turun lima persen pekan ini",
        "harga beras turun tujuh persen pekan ini",
        "harga beras turun lima persen pekan ini",
    ])
