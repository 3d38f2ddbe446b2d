"""Empty the stored match keys of claims whose figures claims.matching.keys.claim_key now reads
otherwise: a figure after a previous-value marker and `sebelumnya` / `semula` / `previously` /
`earlier` (`korban jiwa bertambah dari sebelumnya delapan orang`) is what a count moved from,
not the claim's figure, and so is a first reading (`from an initial reading of 6.2`); an amount converted in brackets (`Rp 6,085,128 (US$383)`) is no figure;
`6.2 percent to Rp 6,085,128` is no range. The nightly run builds, stores and files every emptied key with the code
of the day (`reconcile._load_corpus`), as after migrations 0013-0019.

The pattern is copied here, not imported: a migration keeps doing what it did when it was
written. Reversing leaves the keys as they are.
"""

import re

from django.db import migrations

BATCH = 2_000
REREAD = re.compile(
    r"\b(?:from|dari|with|to|dengan)\s+(?:sebelumnya|semula|previously|earlier)\b"
    r"|\b(?:initial|initially|originally|semula|awalnya)\b"
    r"|\((?:[a-z-]+\s+)?(?:us\$|s\$|a\$|\$|€|£|¥|usd|rm|rp)"
    r"|(?:%|percent|per cent|persen)\s+(?:to|hingga|sampai)\s+(?:us\$|\$|rp|usd)", re.I)


def reread(apps, schema_editor):
    Claim = apps.get_model("claims", "Claim")
    ids = [pk for pk, text in Claim.objects.exclude(match_key={}).values_list("pk", "text").iterator(chunk_size=BATCH)
           if REREAD.search(text or "")]
    for start in range(0, len(ids), BATCH):
        Claim.objects.filter(pk__in=ids[start:start + BATCH]).update(match_key={})


class Migration(migrations.Migration):

    dependencies = [
        ("claims", "0019_reread_set_phrases_unexpected_and_no_point"),
    ]

    operations = [
        migrations.RunPython(reread, migrations.RunPython.noop),
    ]
