"""Bring stored match keys in line with three readings of claims.matching.keys.claim_key:

- a claim the speaker denied (stance "deny": `Nurhadi membantah adanya kebocoran` stores `adanya
  kebocoran`) is negated, as `tidak ada kebocoran` is: the key is marked negated with a scope
  that is not read (`*`), in place;
- clock times are read on a 24-hour clock (`10:47 pm` is `22.47 WITA`; `2 a.m.`; `1447 GMT`);
- a range is one figure (`4,7-5,5 persen`, `between 4.7 and 5.5`), and a figure a count moved
  from is none of the claim's (`189 rescued, up from 182`).
  A key whose text writes a time, a range or a previous figure so is emptied instead of patched
  (its numbers change: `2` in `2 a.m.` is no count now); the nightly run builds, stores and files every
  emptied key with the code of the day (`reconcile._load_corpus`), and until then the claim is
  matched on no key, as a claim of a merged speaker is.

The patterns are copied here, not imported: a migration keeps doing what it did when it was
written. Reversing leaves the keys as they are (the code before reads a negated denial and a
24-hour time as it reads any other negation or time).
"""

import re

from django.db import migrations

BATCH = 2_000
# texts whose times or figures the code before read otherwise
REREAD = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\b|\b(?:[01]\d|2[0-3])[0-5]\d\s*(?:gmt|utc)\b"  # times
    r"|\d\s*(?:[-\u2013\u2014]|\bto\b|\bhingga\b|\bsampai\b|\band\b|\bdan\b)\s*\d"  # ranges
    r"|\b(?:up|down|rose|fell|rising|falling|increased|decreased|climbed|dropped|naik|turun|bertambah"
    r"|berkurang|meningkat|menurun|melonjak)\s+(?:from|dari)\s+\d|\bdibanding(?:kan)?\s+dengan\s+\d"
    r"|\bcompared\s+(?:with|to)\s+\d",  # previous figures
    re.I,
)


def rekey(apps, schema_editor):
    Claim = apps.get_model("claims", "Claim")
    changed = []
    claims = Claim.objects.exclude(match_key={}).order_by("pk").values_list("pk", "match_key", "text", "stance")
    for pk, match_key, text, stance in claims.iterator(chunk_size=BATCH):
        if not match_key:
            continue
        if REREAD.search(text or ""):
            changed.append(Claim(pk=pk, match_key={}))
        elif stance == "deny" and not match_key.get("negated"):
            changed.append(Claim(pk=pk, match_key={**match_key, "negated": True, "negated_words": ["*"]}))
        if len(changed) >= BATCH:
            Claim.objects.bulk_update(changed, ["match_key"], batch_size=BATCH)
            changed = []
    Claim.objects.bulk_update(changed, ["match_key"], batch_size=BATCH)


class Migration(migrations.Migration):

    dependencies = [
        ("claims", "0012_claim_cluster_speaker_idx"),
    ]

    operations = [
        migrations.RunPython(rekey, migrations.RunPython.noop),
    ]
