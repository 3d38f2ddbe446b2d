"""Empty the stored match keys of claims that claims.matching.keys.claim_key now reads otherwise:
`Minggu` before a time of day (`Minggu pukul 12.00`, `Minggu malam`) is Sunday (a week has no
night), where nothing was read before; a set phrase whose negator negates nothing the claim states
(`at no extra cost`, `no later than`, `tak lama kemudian`) no longer makes the claim negated; and
`30%` and `US$15,000` state their units (percent, dollars) as `30 persen` and `15.000 dolar` do;
a time zone (`pukul 23.30 Wita`) is no name; a figure with its margin (`2,5 plus minus 1
persen`) and a range with a unit after its first end (`1.5% to 3.5%`) are ranges; `pukul 08.00`
is a time and `3x24 jam` is 72 hours.
The nightly run builds, stores and files every emptied key with the code of the day
(`reconcile._load_corpus`), as after migration 0013.

The patterns are copied here, not imported: a migration keeps doing what it did when it was
written. Reversing leaves the keys as they are.
"""

import re

from django.db import migrations

BATCH = 2_000
REREAD = re.compile(
    r"\bminggu\s+(?:pukul|pagi|siang|sore|malam|dini)\b"
    r"|\bat\s+no\s+(?:extra\s+|additional\s+)?(?:cost|charge)\b|\bno\s+later\s+than\b|\bno\s+matter\b"
    r"|\bt(?:idak|ak)\s+lama\s+(?:kemudian|setelah|lagi)\b"
    r"|\d\s*%|\$\s*\d"  # units written as signs
    r"|\b(?:wib|wita|wit|gmt|utc|est|edt|pst|pdt|cet|bst)\b"  # time zones, no names
    r"|±|\+/-|\bplus\s+(?:or\s+)?minus\b"  # a figure with its margin is a range
    r"|\d\s*\w+\s+(?:to|hingga|sampai)\s+\d"  # a range with a unit after its first end
    r"|\b(?:pukul|jam)\s+\d{1,2}[.:]\d{2}|\d\s*[x×]\s*24\s*jam",  # `pukul 08.00`, `3x24 jam`
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
