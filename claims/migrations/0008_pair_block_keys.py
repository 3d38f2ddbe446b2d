"""File every stored claim under its word-pair blocking keys too (claims.matching.index.keys_of).

Claims filed before this migration have only word keys ("w:..."); the online lookup and the
nightly snapshot now also plan pair keys ("p:..."), and a claim missing them would be found only
through its words. The pairs are computed from the stored match key (its tokens and content
words), so no claim is re-normalised. A claim without a match key is filed again by the next
nightly run, which builds its key (claims.reconcile._load_corpus).

The rule is copied here rather than imported: a migration must keep doing what it did when it
was written, whatever the code does later.
"""

from django.db import migrations

BATCH = 2_000
PAIR_PREFIX = "p:"
KEY_MAX_LENGTH = 100


def _pair_keys(match_key: dict) -> set[str]:
    content = set(match_key.get("content") or ())
    words = [t for t in match_key.get("tokens") or () if t in content]
    return {
        (PAIR_PREFIX + (f"{a} {b}" if a < b else f"{b} {a}"))[:KEY_MAX_LENGTH]
        for a, b in zip(words, words[1:]) if a != b
    }


def file_pair_keys(apps, schema_editor):
    Claim = apps.get_model("claims", "Claim")
    ClaimBlockKey = apps.get_model("claims", "ClaimBlockKey")
    rows = []
    claims = Claim.objects.exclude(match_key={}).order_by("pk").values_list("pk", "match_key")
    for pk, match_key in claims.iterator(chunk_size=BATCH):
        rows.extend(ClaimBlockKey(key=k, claim_id=pk) for k in sorted(_pair_keys(match_key or {})))
        if len(rows) >= BATCH * 10:
            ClaimBlockKey.objects.bulk_create(rows, ignore_conflicts=True, batch_size=BATCH)
            rows = []
    ClaimBlockKey.objects.bulk_create(rows, ignore_conflicts=True, batch_size=BATCH)
    _recount_pairs(apps, schema_editor)


def drop_pair_keys(apps, schema_editor):
    apps.get_model("claims", "ClaimBlockKey").objects.filter(key__startswith=PAIR_PREFIX).delete()
    apps.get_model("claims", "BlockKeyStat").objects.filter(key__startswith=PAIR_PREFIX).delete()


def _recount_pairs(apps, schema_editor):
    stats = apps.get_model("claims", "BlockKeyStat")
    postings = apps.get_model("claims", "ClaimBlockKey")
    q = schema_editor.connection.ops.quote_name
    stats.objects.filter(key__startswith=PAIR_PREFIX).delete()
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {q(stats._meta.db_table)} ({q('key')}, df) "
            f"SELECT {q('key')}, COUNT(*) FROM {q(postings._meta.db_table)} "
            f"WHERE {q('key')} LIKE %s GROUP BY {q('key')}",
            [PAIR_PREFIX + "%"],
        )


class Migration(migrations.Migration):

    dependencies = [
        ("claims", "0007_ingest_item_url"),
    ]

    operations = [
        migrations.RunPython(file_pair_keys, drop_pair_keys),
    ]
