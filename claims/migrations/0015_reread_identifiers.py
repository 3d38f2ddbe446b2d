"""Empty the stored match keys of claims that claims.matching.keys.claim_key now reads otherwise:
a number that names a thing is no quantity (flight `GA 617`, `KRL nomor 351`, `KM 166`, `Pasal 27`),
a short code in capitals is no colloquial negation (`GA`, read as `ga`, `tidak`), and an acronym
in brackets after the common words it abbreviates is no name (`bekerja dari rumah (WFH)`).
The nightly run builds, stores and files every emptied key with the code of the day
(`reconcile._load_corpus`), as after migrations 0013 and 0014.

The patterns are copied here, not imported: a migration keeps doing what it did when it was
written. Reversing leaves the keys as they are.
"""

import re

from django.db import migrations

BATCH = 2_000
REREAD = re.compile(
    r"\b(?!(?:USD|US|IDR|RP|EUR|SGD|MYR|JPY|CNY|GBP|AUD)\b)[A-Z]{2,3}[ -]?\d{1,5}\b"
    r"|(?i:\b(?:nomor|nomer|no\.|nr\.|pasal|ayat|flight|penerbangan)\s+)\d{1,5}\b"
    r"|\b(?:GA|GAK|TAK|NO|NOT)\b"
    r"|\(\s*(?:[^()/]{3,60}/\s*)?[A-Z]{2,6}\s*\)"
)


def reread(apps, schema_editor):
    Claim = apps.get_model("claims", "Claim")
    ids = [pk for pk, text in Claim.objects.exclude(match_key={}).values_list("pk", "text").iterator(chunk_size=BATCH)
           if REREAD.search(text or "")]
    for start in range(0, len(ids), BATCH):
        Claim.objects.filter(pk__in=ids[start:start + BATCH]).update(match_key={})


class Migration(migrations.Migration):

    dependencies = [
        ("claims", "0014_reread_sunday_and_set_phrases"),
    ]

    operations = [
        migrations.RunPython(reread, migrations.RunPython.noop),
    ]
