"""Migration 0009 brings match keys stored before it in line with claim_key's reading of
year-like counts ("2000 tentara" is a number too), from the stored tokens and dates."""

import pytest
from claims.matching import claim_key
from tests.factories import ArticleFactory

from .migration_steps import migrate, migrate_to_latest, model_at

BEFORE = ("claims", "0008_pair_block_keys")
AFTER = ("claims", "0009_year_like_counts")

TEXTS = [
    ("Militer mengerahkan 2000 tentara ke perbatasan sejak 2023", "id"),
    ("Pada Selasa (18/6/2024) Korut mengirim 10 kapal", "id"),
    ("The 2024 election drew 1998 candidates in March 2024", "en"),
    ("Harga beras naik tahun 2000", "id"),
]


def _as_stored_before(key) -> dict:
    """The key as the code before the change stored it: a year-like number only as a year."""
    stored = key.to_dict()
    stored["numbers"] = [n for n in stored["numbers"] if f"y:{n}" not in stored["dates"]]
    return stored


def _claim_then(text: str, language: str, **fields):
    """A claim stored with the model of BEFORE (today's has columns its schema lacks)."""
    return model_at(BEFORE, "Claim").objects.create(
        article_id=ArticleFactory().pk, text=text, normalised_text=text.lower(), start=0, end=len(text),
        kind="direct", language=language, **fields)


@pytest.mark.django_db(transaction=True)
def test_the_migration_reads_year_like_counts_of_stored_keys_as_claim_key_does_now():
    try:
        migrate(BEFORE)
        cluster_then = model_at(BEFORE, "ClaimCluster")
        claims = []
        for text, language in TEXTS:
            key = claim_key(text, language=language)
            claim = _claim_then(text, language, cluster_id=cluster_then.objects.create().pk,
                                match_key=_as_stored_before(key))
            claims.append((claim, key))
        unkeyed = _claim_then("2000 tentara", "id", match_key={})
        assert model_at(BEFORE, "Claim").objects.get(pk=claims[0][0].pk).match_key["numbers"] == []
        migrate(AFTER)
        Claim = model_at(AFTER, "Claim")
        for claim, key in claims:
            assert Claim.objects.get(pk=claim.pk).match_key == key.to_dict(), claim.text
        assert Claim.objects.get(pk=claims[0][0].pk).match_key["numbers"] == ["2000"]
        assert Claim.objects.get(pk=claims[1][0].pk).match_key["numbers"] == ["10"]
        assert Claim.objects.get(pk=unkeyed.pk).match_key == {}
    finally:
        migrate_to_latest()
