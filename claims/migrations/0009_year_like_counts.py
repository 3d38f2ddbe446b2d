"""Read year-like counts in stored match keys as numbers too (claims.matching.keys.claim_key).

Claim keys built before this migration read every number from 1900 to 2100 that no unit word
follows as a year only, so "2000 tentara" and "3000 tentara" did not trip the number safeguard.
Keys built now also read such a number as a number when no year word comes before it ("tahun",
"sejak", "in", a month: lexicons.YEAR_MARKERS). This brings the stored keys in line, from their
own tokens and dates, so no claim is re-normalised. Only keys with a year ("y:NNNN" in dates)
can change. A year written inside a day/month date ("18/6/2024") stays a year, as claim_key
reads those before it reads numbers.

The rule and the word lists are copied here rather than imported: a migration must keep doing
what it did when it was written, whatever the code does later. Reversing leaves the keys as they
are: an extra number that is also a year is a subset of the other claim's numbers whenever the
other claim names the same year, so the code before reads them as it did.
"""

from django.db import migrations

BATCH = 2_000

YEAR_MARKERS = frozenset({
    "tahun", "sejak", "pada", "hingga", "sampai", "awal", "akhir", "pertengahan", "selama",
    "medio", "periode", "antara", "dari", "di", "per", "sepanjang",
    "year", "since", "in", "until", "till", "by", "during", "throughout", "through", "early",
    "late", "mid", "end", "of", "from", "between", "before", "after", "sebelum", "sesudah",
    "setelah", "jelang", "menjelang",
})
MONTHS = frozenset({
    "januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli", "agustus",
    "september", "oktober", "november", "nopember", "desember", "january", "february", "march",
    "may", "june", "july", "august", "october", "december", "jan", "feb", "mar", "apr", "jun",
    "jul", "agu", "agt", "aug", "sep", "sept", "okt", "oct", "nov", "des", "dec",
})


def _is_year(tok: str) -> bool:
    return len(tok) == 4 and tok.isdigit() and 1900 <= int(tok) <= 2100


def year_counts(match_key: dict) -> set[str]:
    """The year-like numbers of a stored key that claim_key now reads as numbers too."""
    dates = set(match_key.get("dates") or ())
    tokens = match_key.get("tokens") or []
    out = set()
    for i, tok in enumerate(tokens):
        if not _is_year(tok) or f"y:{tok}" not in dates:
            continue
        prev = tokens[i - 1] if i else ""
        before = tokens[i - 2] if i > 1 else ""
        if prev.isdigit() and before.isdigit():  # "18/6/2024", read as a date
            continue
        if prev not in YEAR_MARKERS and prev not in MONTHS:
            out.add(str(int(tok)))
    return out


def add_year_counts(apps, schema_editor):
    Claim = apps.get_model("claims", "Claim")
    changed = []
    claims = Claim.objects.exclude(match_key={}).order_by("pk").values_list("pk", "match_key")
    for pk, match_key in claims.iterator(chunk_size=BATCH):
        if not match_key or not any(str(d).startswith("y:") for d in match_key.get("dates") or ()):
            continue
        numbers = set(match_key.get("numbers") or ())
        extra = year_counts(match_key) - numbers
        if extra:
            changed.append(Claim(pk=pk, match_key={**match_key, "numbers": sorted(numbers | extra)}))
        if len(changed) >= BATCH:
            Claim.objects.bulk_update(changed, ["match_key"], batch_size=BATCH)
            changed = []
    Claim.objects.bulk_update(changed, ["match_key"], batch_size=BATCH)


class Migration(migrations.Migration):

    dependencies = [
        ("claims", "0008_pair_block_keys"),
    ]

    operations = [
        migrations.RunPython(add_year_counts, migrations.RunPython.noop),
    ]
