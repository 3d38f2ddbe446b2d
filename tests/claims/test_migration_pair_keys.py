"""Migration 0008 files the claims stored before it under their word-pair keys, and unfiles them
when it is reversed; the index then holds what ingest would have filed."""

import pytest
from claims import matching_index
from claims.matching import blocking_keys, claim_key
from claims.models import BlockKeyStat, ClaimBlockKey
from tests.factories import ArticleFactory, ClaimClusterFactory, ClaimFactory

from .migration_steps import migrate, migrate_to_latest

BEFORE = ("claims", "0007_ingest_item_url")
AFTER = ("claims", "0008_pair_block_keys")


def _index():
    postings = sorted(ClaimBlockKey.objects.values_list("claim_id", "key"))
    stats = dict(BlockKeyStat.objects.values_list("key", "df"))
    return postings, stats


@pytest.mark.django_db(transaction=True)
def test_the_migration_files_stored_claims_under_their_pair_keys_and_back():
    texts = ["pemerintah menyatakan harga beras akan naik bulan depan",
             "harga beras akan naik menurut pemerintah",
             "Polisi menyita 40 kilogram sabu di pelabuhan " + "panjang" * 20]
    claims = []
    for text in texts:
        key = claim_key(text, language="id")
        claim = ClaimFactory(article=ArticleFactory(), text=text, language="id",
                             cluster=ClaimClusterFactory(), match_key=key.to_dict())
        matching_index.index_add([(claim.pk, key)])
        claims.append((claim, key))
    # A claim whose match key is not built yet: the nightly run files it.
    unkeyed = ClaimFactory(article=ArticleFactory(), text="harga beras naik", language="id", match_key={})
    filed = _index()
    assert any(k.startswith("p:") for _c, k in filed[0])
    try:
        migrate(BEFORE)
        postings, stats = _index()
        assert postings == [(c, k) for c, k in filed[0] if k.startswith("w:")]
        assert stats == {k: n for k, n in filed[1].items() if not k.startswith("p:")}
        migrate(AFTER)
        assert _index() == filed
        assert not ClaimBlockKey.objects.filter(claim=unkeyed).exists()
        for claim, key in claims:
            assert sorted(claim.block_keys.values_list("key", flat=True)) == blocking_keys(key)
    finally:
        migrate_to_latest()
