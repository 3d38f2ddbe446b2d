"""Empty the stored match keys that claims.matching.keys.claim_key now reads otherwise: an
Indonesian law or regulation written by its abbreviation (`UU`, `PP`, `Perpres`, `Perda`,
`Permen`, `Perppu`, `KUHP`) names the same law as its full name (`UU Nomor 35` / `Undang-Undang
Nomor 35`), and a figure a count moved from told after the new one (`rose to 12 from 7`,
`menjadi 17 anak dari sebelumnya 11`) is left out of the claim's figures. The nightly run
builds, stores and files every emptied key with the code of the day (`reconcile._load_corpus`),
as after migrations 0013-0017.

The patterns are copied here, not imported: a migration keeps doing what it did when it was
written. Reversing leaves the keys as they are.
"""

import re

from django.db import migrations

BATCH = 2_000
LAWS = re.compile(r"\b(?:UU|PP|Perpres|PERPRES|Perda|PERDA|Permen|PERMEN|Perppu|PERPPU|KUHP)\b")
MOVED = re.compile(r"\b(?:to|menjadi|jadi)\s+\S+(?:\s+\S+){0,4}?\s+(?:from|dari)\b", re.I)


def reread(apps, schema_editor):
    Claim = apps.get_model("claims", "Claim")
    rows = Claim.objects.exclude(match_key={}).values_list("pk", "text", "language")
    ids = [pk for pk, text, language in rows.iterator(chunk_size=BATCH)
           if (language == "id" and LAWS.search(text or "")) or MOVED.search(text or "")]
    for start in range(0, len(ids), BATCH):
        Claim.objects.filter(pk__in=ids[start:start + BATCH]).update(match_key={})


class Migration(migrations.Migration):

    dependencies = [
        ("claims", "0017_reread_numberings_and_currency_ranges"),
    ]

    operations = [
        migrations.RunPython(reread, migrations.RunPython.noop),
    ]
