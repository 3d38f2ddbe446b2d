"""Known speakers and their aliases: countries, capitals used as metonyms, institutions.

Pure Python. The seed data lives in `seeds/gazetteers/speakers.json`; the database can add
more entries later through `SpeakerGazetteer(entries)` or `.extended(entries)`.

A record may also give `local_aliases` with its `country`: names that mean it only in an article
from that country (`the health ministry` in a Jakarta-datelined Reuters story is Indonesia's;
in a Kuala Lumpur one, Malaysia's). `for_country(code)` is the gazetteer an article of that
country is read with.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "seeds" / "gazetteers" / "speakers.json"

_PUNCT = re.compile(r"[^\w\s-]")
# Where a company sits, written before its name (`Singapore-based Grab Holdings`, `Jakarta-listed`):
# no part of the name, for extraction and for the speaker check of matching alike.
LOCATED_MODIFIER = r"[\w.]+-(?:based|headquartered|listed)"
# Legal forms of a company's name (`PT Garuda Indonesia (Persero) Tbk`, `Grab Holdings Inc`), lower
# case: what marks a body as a company, and what a spokesperson's mention of it leaves out.
LEGAL_FORMS = frozenset(("pt", "tbk", "persero", "perum", "cv", "inc", "ltd", "llc", "plc", "corp", "co",
                         "bhd", "sdn", "gmbh", "ag", "sa", "nv", "bv", "holding", "holdings"))


@lru_cache(maxsize=65536)
def normalise_alias(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key for an alias."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = _PUNCT.sub(" ", text)
    text = re.sub(r"^(the|pihak|sang)\s+", "", " ".join(text.split()))
    return text


def is_acronym(text: str) -> bool:
    words = text.split()
    if len(words) > 1 and words[0].lower() in ("the", "pihak", "sang"):
        words = words[1:]  # `the EU`, `The U.S.`
    letters = [c for c in "".join(words) if c.isalpha()]
    return 1 < len(letters) <= 8 and all(c.isupper() for c in letters)


class SpeakerGazetteer:
    """Alias → (canonical name, kind). Later entries do not override earlier ones."""

    def __init__(self, entries: Iterable[tuple[str, str, str]] = (),
                 local: Mapping[str, Iterable[tuple[str, str, str]]] | None = None) -> None:
        self._index: dict[str, tuple[str, str]] = {}
        # keys that only an acronym spells (`WHO`): the lower-case word (`who`) is not it
        self._acronyms: set[str] = set()
        # country code -> entries that name a speaker only in that country's articles
        self._local: dict[str, list[tuple[str, str, str]]] = {
            code.upper(): list(rows) for code, rows in (local or {}).items()}
        self._views: dict[str, SpeakerGazetteer] = {}
        self.add(entries)

    def add(self, entries: Iterable[tuple[str, str, str]]) -> None:
        for alias, canonical, kind in entries:
            key = normalise_alias(alias)
            if key and key not in self._index:
                self._index[key] = (canonical, kind)
                if is_acronym(alias):
                    self._acronyms.add(key)
            elif key in self._acronyms and not is_acronym(alias):
                self._acronyms.discard(key)  # also written as a word: any case will do
        self.max_words = max((len(k.split()) for k in self._index), default=1)

    def extended(self, entries: Iterable[tuple[str, str, str]]) -> SpeakerGazetteer:
        """A copy with more entries (e.g. speakers and aliases from the database)."""
        new = SpeakerGazetteer(local=self._local)
        new._index = dict(self._index)
        new._acronyms = set(self._acronyms)
        new.add(entries)
        return new

    def for_country(self, country: str | None) -> SpeakerGazetteer:
        """The gazetteer for an article from `country` (ISO 3166 alpha-2): this one plus the
        names that mean a speaker only there (they never override a name known everywhere).
        Itself when the country is unknown or has no such names. Built once per country."""
        code = (country or "").upper()
        if code not in self._local:
            return self
        if code not in self._views:
            self._views[code] = self.extended(self._local[code])
        return self._views[code]

    @classmethod
    def from_records(cls, records: Iterable[dict]) -> SpeakerGazetteer:
        entries: list[tuple[str, str, str]] = []
        local: dict[str, list[tuple[str, str, str]]] = {}
        for rec in records:
            name, kind = rec["name"], rec.get("kind", "unknown")
            entries.append((name, name, kind))
            entries.extend((alias, name, kind) for alias in rec.get("aliases", ()))
            if rec.get("local_aliases") and rec.get("country"):
                local.setdefault(rec["country"].upper(), []).extend(
                    (alias, name, kind) for alias in rec["local_aliases"])
        return cls(entries, local)

    @classmethod
    def from_file(cls, path: str | Path) -> SpeakerGazetteer:
        with open(path, encoding="utf-8") as fh:
            return cls.from_records(json.load(fh))

    @classmethod
    def default(cls) -> SpeakerGazetteer:
        """The seed gazetteer, loaded once per process."""
        return _default()

    def lookup(self, mention: str) -> tuple[str, str] | None:
        key = normalise_alias(mention)
        if key in self._acronyms and not is_acronym(mention.strip()):
            return None
        hit = self._index.get(key)
        if hit is None and key.endswith(" ri") and mention.rstrip().endswith("RI"):
            # `Bawaslu RI`, `KPU RI`: Republik Indonesia's, as the body's own name says
            return self.lookup(mention.rstrip()[:-2])
        return hit

    def __contains__(self, mention: str) -> bool:
        return self.lookup(mention) is not None

    def __len__(self) -> int:
        return len(self._index)


@lru_cache(maxsize=1)
def seed_records() -> tuple[dict, ...]:
    """The seed gazetteer's entries (name, kind, aliases), read once per process."""
    if not DEFAULT_PATH.exists():
        return ()
    with open(DEFAULT_PATH, encoding="utf-8") as fh:
        return tuple(json.load(fh))


@lru_cache(maxsize=1)
def _default() -> SpeakerGazetteer:
    return SpeakerGazetteer.from_records(seed_records())
