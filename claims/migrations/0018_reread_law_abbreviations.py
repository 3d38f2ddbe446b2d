"""Empty the stored match keys of Indonesian claims that write a law or regulation by its
abbreviation (`UU`, `PP`, `Perpres`, `Perda`, `Permen`, `Perppu`, `KUHP`): claim_key now reads
it as the words it stands for, so `UU Nomor 35` and `Undang-Undang Nomor 35` name one law. The
nightly run builds, stores and files every emptied key with the code of the day
(`reconcile._load_corpus`), as after migrations 0013-0017.

The pattern is copied here, not imported: a migration keeps doing what it did when it was
written. Reversing leaves the keys as they are.
"""

import re

from django.db import migrations

BATCH = 2_000
REREAD = re.compile(r"\b(?:UU|PP|Perpres|PERPRES|Perda|PERDA|Permen|PERMEN|Perppu|PERPPU|KUHP)\b")


def reread(apps, schema_editor):
    Claim = apps.get_model("claims", "Claim")
    rows = Claim.objects.exclude(match_key={}).filter(language="id").values_list("pk", "text")
    ids = [pk for pk, text in rows.iterator(chunk_size=BATCH) if REREAD.search(text or "")]
    for start in range(0, len(ids), BATCH):
        Claim.objects.filter(pk__in=ids[start:start + BATCH]).update(match_key={})


class Migration(migrations.Migration):

    dependencies = [
        ("claims", "0017_reread_numberings_and_currency_ranges"),
    ]

    operations = [
        migrations.RunPython(reread, migrations.RunPython.noop),
    ]
