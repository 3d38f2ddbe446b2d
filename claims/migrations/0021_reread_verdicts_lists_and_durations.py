"""Empty the stored match keys of claims that claims.matching.keys.claim_key now reads otherwise:
a verdict word that is the attribute of a thing (`uang palsu`, `fake notes`, `a false alarm`)
negates nothing, said of a claim or predicated (`berita palsu`, `the claim is false`) it still
does; `unable to` negates the verb after it, as `cannot` does; number words are read within a
list item (`Rp320 juta, satu unit printer` is no 320,000,001); `ayat (1)` numbers a clause as
`ayat 1` does; a duration's unit is read (`delapan tahun` is 8 years, not a count of 8). The
nightly run builds, stores and files every emptied key with the code of the day
(`reconcile._load_corpus`), as after migrations 0013-0020, and decides the meaning edges of those
claims again (`meaning.meaning_rejudge`).

The pattern is copied here, not imported: a migration keeps doing what it did when it was
written. Reversing leaves the keys as they are.
"""

import re

from django.db import migrations

BATCH = 2_000
REREAD = re.compile(
    r"\b(?:palsu|fake|false|unable)\b|\bayat\s+\("
    r"|\b(?:tahun|years?|bulan|months?|pekan|minggu|weeks?|hari|days?|jam|hours?|menit|minutes?)\b"
    r"|,\s+(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus|seribu|sejuta"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+hundred|a\s+thousand|a\s+million)\b", re.I)


def reread(apps, schema_editor):
    Claim = apps.get_model("claims", "Claim")
    ids = [pk for pk, text in Claim.objects.exclude(match_key={}).values_list("pk", "text").iterator(chunk_size=BATCH)
           if REREAD.search(text or "")]
    for start in range(0, len(ids), BATCH):
        Claim.objects.filter(pk__in=ids[start:start + BATCH]).update(match_key={})


class Migration(migrations.Migration):

    dependencies = [
        ("claims", "0020_reread_moved_figures_and_conversions"),
    ]

    operations = [
        migrations.RunPython(reread, migrations.RunPython.noop),
    ]
