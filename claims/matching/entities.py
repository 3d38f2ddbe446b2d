"""Names that stand for one entity: `Pyongyang`, `Korea Utara`, `Korut`, `North Korea`, `North
Korean`. The name safeguard (`scoring.safeguards`) compares the capitalised words of two claims;
without this, `Korea Utara sudah mengirimkan ... ke Rusia` and `Pyongyang telah memasok ... ke
Moskow` name different places, and a repeat of one claim in other words could never join its
cluster automatically.

The entities are the seed gazetteer's countries, organisations and groups
(`seeds/gazetteers/speakers.json`, the table speaker resolution uses), and English demonyms of
those countries. Only aliases written wholly in capitalised words count (`Korea Utara`, `NIS`):
claim keys keep only capitalised words as names, so `istana kepresidenan Rusia` could only ever
match as `Rusia`, which is Russia, not the Kremlin.
"""

from __future__ import annotations

from functools import lru_cache

from claims.extraction.gazetteer import seed_records

from .normalise import tokenize

# Adjectives of the gazetteer's countries as English writes them before a name or a noun
# (`North Korean leader`, `Russian President`). Indonesian uses the country's name (`Presiden
# Rusia`), which the gazetteer has.
DEMONYMS: dict[str, tuple[str, ...]] = {
    "Russia": ("Russian",),
    "North Korea": ("North Korean",),
    "South Korea": ("South Korean",),
    "Ukraine": ("Ukrainian",),
    "United States": ("American",),
    "China": ("Chinese",),
    "Japan": ("Japanese",),
    "Indonesia": ("Indonesian",),
    "United Kingdom": ("British",),
    "France": ("French",),
    "Germany": ("German",),
    "Iran": ("Iranian",),
    "Israel": ("Israeli",),
    "Palestine": ("Palestinian",),
    "India": ("Indian",),
    "Pakistan": ("Pakistani",),
    "Turkey": ("Turkish",),
    "Saudi Arabia": ("Saudi",),
    "Australia": ("Australian",),
    "Canada": ("Canadian",),
    "Malaysia": ("Malaysian",),
    "Singapore": ("Singaporean",),
    "Philippines": ("Philippine", "Filipino"),
    "Vietnam": ("Vietnamese",),
    "Thailand": ("Thai",),
    "Belarus": ("Belarusian",),
    "Poland": ("Polish",),
    "Syria": ("Syrian",),
    "Egypt": ("Egyptian",),
    "Italy": ("Italian",),
    "Spain": ("Spanish",),
    "Netherlands": ("Dutch",),
    "Mexico": ("Mexican",),
    "Brazil": ("Brazilian",),
    "Taiwan": ("Taiwanese",),
    "Mongolia": ("Mongolian",),
    "Georgia": ("Georgian",),
    "Kazakhstan": ("Kazakh",),
    "Qatar": ("Qatari",),
    "Afghanistan": ("Afghan",),
    "Iraq": ("Iraqi",),
    "Venezuela": ("Venezuelan",),
    "Cuba": ("Cuban",),
    "Sweden": ("Swedish",),
    "Finland": ("Finnish",),
    "Norway": ("Norwegian",),
    "Hungary": ("Hungarian",),
    "Cambodia": ("Cambodian",),
    "Nigeria": ("Nigerian",),
    "South Africa": ("South African",),
}

_KINDS = frozenset({"country", "organisation", "group"})
# One- and two-letter aliases are other words too once case is gone (`Kim Jong Un` is not the
# UN, `Bank BI` ...); `AS` (Amerika Serikat) stays: English drops `as` as a stopword before it
# could be a name.
_SHORT_KEPT = frozenset({"as"})


def _capitalised(alias: str) -> bool:
    return all(word[:1].isupper() for word in alias.replace("-", " ").split() if word[:1].isalpha())


@lru_cache(maxsize=1)
def _aliases() -> dict[str, list[tuple[frozenset[str], str]]]:
    """Each name token -> the (tokens of an alias, entity label) pairs it is part of."""
    by_token: dict[str, list[tuple[frozenset[str], str]]] = {}
    seen: set[frozenset[str]] = set()
    for rec in seed_records():
        if rec.get("kind") not in _KINDS:
            continue
        label = "=" + rec["name"].casefold()
        for alias in (rec["name"], *rec.get("aliases", ()), *DEMONYMS.get(rec["name"], ())):
            tokens = frozenset(tokenize(alias, None))
            if not tokens or not _capitalised(alias) or tokens in seen:
                continue
            if len(tokens) == 1 and len(min(tokens)) <= 2 and not tokens <= _SHORT_KEPT:
                continue  # the first entity to claim an alias keeps it, as in the gazetteer
            seen.add(tokens)
            for tok in tokens:
                by_token.setdefault(tok, []).append((tokens, label))
    return by_token


@lru_cache(maxsize=65_536)
def canonical_names(names: frozenset[str]) -> frozenset[str]:
    """`names` (a ClaimKey's capitalised words) with the words of every known alias they spell
    replaced by its entity's label: {korea, utara, rusia} and {pyongyang, moskow} both become
    {=north korea, =russia}. Names are a bag of words, so an alias counts when all its words
    occur; the longest alias wins a word (`Korea Utara`, not `Korea`), and a word left over
    stays as it is."""
    index = _aliases()
    found = {entry for tok in names for entry in index.get(tok, ()) if entry[0] <= names}
    if not found:
        return names
    covered: set[str] = set()
    labels: set[str] = set()
    for tokens, label in sorted(found, key=lambda e: (-len(e[0]), e[1])):
        if not tokens <= covered:
            covered |= tokens
            labels.add(label)
    return frozenset(labels | (names - covered))
