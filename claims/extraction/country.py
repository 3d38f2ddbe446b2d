"""The country an article reports from, for the speaker names that depend on it (`the health
ministry` in a Jakarta-datelined story is Indonesia's): see gazetteer.SpeakerGazetteer.for_country.
"""

from __future__ import annotations

import re

from .lexicons import LEXICONS

_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _places() -> dict[str, str]:
    """Place (lower case) -> the country of the lexicon that lists it (`COUNTRY`; `PLACES` and
    `DATELINE_PLACES`)."""
    out: dict[str, str] = {}
    for lexicon in LEXICONS.values():
        country = getattr(lexicon, "COUNTRY", None)
        if country:
            for place in (*getattr(lexicon, "PLACES", ()), *getattr(lexicon, "DATELINE_PLACES", ())):
                out.setdefault(place, country)
    return out


_PLACES = _places()


def dateline_country(dateline: str | None) -> str | None:
    """The country of a dateline's place (`JAKARTA`, `Palangka Raya`, `Agam, West Sumatra`), or
    None when no lexicon lists it."""
    if not dateline:
        return None
    words = _WORD_RE.findall(dateline.casefold())
    # two-word places first: `palangka raya`, `banda aceh`
    for n in (2, 1):
        for i in range(len(words) - n + 1):
            place = " ".join(words[i:i + n])
            if place in _PLACES:
                return _PLACES[place]
    return None


def article_country(dateline: str | None, outlet_country: str | None = None) -> str | None:
    """Where the article reports from: its dateline's place, else (no dateline) its outlet's
    country. A dateline no lexicon knows (`SEOUL` in an Indonesian outlet) says the story is
    from elsewhere, so the outlet's country does not count then."""
    if dateline:
        return dateline_country(dateline)
    return (outlet_country or "").upper() or None
