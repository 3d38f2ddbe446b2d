"""Empty the stored match keys of claims that write `Minggu` before a time of day (`Minggu pukul
12.00`, `Minggu malam`): claims.matching.keys.claim_key now reads that `Minggu` as Sunday (a week
has no night), where it read nothing before. The nightly run builds, stores and files every
emptied key with the code of the day (`reconcile._load_corpus`), as after migration 0013.

The pattern is copied here, not imported: a migration keeps doing what it did when it was
written. Reversing leaves the keys as they are.
"""

import re

from django.db import migrations

BATCH = 2_000
REREAD = re.compile(
    r"\bminggu\s+(?:pukul|pagi|siang|sore|malam|dini)\b"
    r"|\bat\s+no\s+(?:extra\s+|additional\s+)?(?:cost|charge)\b|\bno\s+later\s+than\b|\bno\s+matter\b"
    r"|\bt(?:idak|ak)\s+lama\s+(?:kemudian|setelah|lagi)\b",
    re.I,
)


def reread(apps, schema_editor):
    Claim = apps.get_model("claims", "Claim")
    ids = [pk for pk, text in Claim.objects.exclude(match_key={}).values_list("pk", "text").iterator(chunk_size=BATCH)
           if REREAD.search(text or "")]
    for start in range(0, len(ids), BATCH):
        Claim.objects.filter(pk__in=ids[start:start + BATCH]).update(match_key={})


class Migration(migrations.Migration):

    dependencies = [
        ("claims", "0013_reread_denials_times_and_ranges"),
    ]

    operations = [
        migrations.RunPython(reread, migrations.RunPython.noop),
    ]
