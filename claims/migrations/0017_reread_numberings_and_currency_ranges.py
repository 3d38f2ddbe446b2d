"""Empty the stored match keys of claims that claims.matching.keys.claim_key now reads
otherwise: `No. 89` (a numbering) negates nothing, and a range whose second end carries the
currency sign again (`Rp17.000 hingga Rp18.000`, `between Rp 17,000 and Rp 18,000`) is one
figure. The nightly run builds, stores and files every emptied key with the code of the day
(`reconcile._load_corpus`), as after migrations 0013-0016.

The pattern is copied here, not imported: a migration keeps doing what it did when it was
written. Reversing leaves the keys as they are.
"""

import re

from django.db import migrations

BATCH = 2_000
REREAD = re.compile(r"\bno\.?\s*\d|\b(?:to|hingga|sampai|and|dan)\s+(?:rp|usd|idr)\s*\d", re.I)


def reread(apps, schema_editor):
    Claim = apps.get_model("claims", "Claim")
    ids = [pk for pk, text in Claim.objects.exclude(match_key={}).values_list("pk", "text").iterator(chunk_size=BATCH)
           if REREAD.search(text or "")]
    for start in range(0, len(ids), BATCH):
        Claim.objects.filter(pk__in=ids[start:start + BATCH]).update(match_key={})


class Migration(migrations.Migration):

    dependencies = [
        ("claims", "0016_reread_negating_phrases"),
    ]

    operations = [
        migrations.RunPython(reread, migrations.RunPython.noop),
    ]
