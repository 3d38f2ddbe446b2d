"""Known outlets and wire agencies, loaded from `seeds/gazetteers/outlets.json`. Pure Python."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "seeds" / "gazetteers" / "outlets.json"


@dataclass(frozen=True)
class Outlet:
    name: str
    slug: str
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    language: str = ""
    country: str = ""
    is_wire: bool = False


_URL_PREFIX = re.compile(r"^(https?://)?(www\.)?")
_SEPARATORS = re.compile(r"[\s\-_]+")


def normalise_key(value: str) -> str:
    """Case-, accent- and punctuation-blind key: "KONTAN.CO.ID" and "kontan.co.id" meet."""
    value = unicodedata.normalize("NFKC", value).casefold().strip()
    value = _URL_PREFIX.sub("", value)
    return _SEPARATORS.sub(" ", value).strip(" ./")


def _squash(value: str) -> str:
    return "".join(ch for ch in normalise_key(value) if ch.isalnum())


def host_of(value: str) -> str:
    """The host name of an address or bare domain, without "www."; "" when the text is none
    (urlsplit refuses "[", a bad port, an unclosed IPv6 bracket)."""
    try:
        host = urlsplit(value if "//" in value else "//" + value.strip()).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


class OutletGazetteer:
    """Lookup by name, alias or domain. Entries are immutable; build a new gazetteer to change them."""

    def __init__(self, outlets: list[Outlet]):
        self.outlets = list(outlets)
        self._by_key: dict[str, Outlet] = {}
        self._by_domain: dict[str, Outlet] = {}
        for outlet in self.outlets:
            for key in (outlet.name, outlet.slug, *outlet.aliases):
                self._by_key.setdefault(normalise_key(key), outlet)
            for domain in outlet.domains:
                self._by_domain.setdefault(normalise_key(domain), outlet)
                # "kontan.co.id" is also written as the bare site name "kontan.co.id" in page headers.
                self._by_key.setdefault(normalise_key(domain), outlet)
        # Names squashed as file names write them: "Al Jazeera" -> "aljazeera", "aljazeera.com" -> "aljazeera".
        self._by_squashed: dict[str, Outlet] = {}
        for outlet in self.outlets:
            for key in (outlet.name, outlet.slug, *outlet.aliases, *(d.split(".")[0] for d in outlet.domains)):
                squashed = _squash(key)
                if len(squashed) >= 4:
                    self._by_squashed.setdefault(squashed, outlet)
        self.wires = [o for o in self.outlets if o.is_wire]
        self._alias_re = self._compile(self.outlets)
        self._wire_alias_re = self._compile(self.wires)

    @classmethod
    def from_file(cls, path: str | Path) -> OutletGazetteer:
        with open(path, encoding="utf-8") as handle:
            rows = json.load(handle)
        return cls(
            [
                Outlet(
                    name=row["name"],
                    slug=row.get("slug") or normalise_key(row["name"]).replace(" ", "-"),
                    aliases=tuple(row.get("aliases", ())),
                    domains=tuple(row.get("domains", ())),
                    language=row.get("language", "") or "",
                    country=row.get("country", "") or "",
                    is_wire=bool(row.get("is_wire", False)),
                )
                for row in rows
            ]
        )

    @classmethod
    def default(cls) -> OutletGazetteer:
        return _default_gazetteer()

    def find(self, value: str | None) -> Outlet | None:
        """The entry for a name, alias, slug, domain or URL; None when unknown."""
        if not value or not value.strip():
            return None
        key = normalise_key(value)
        if key in self._by_key:
            return self._by_key[key]
        host = host_of(value)
        # The longest known domain that the host ends with: "medan.tribunnews.com" before "tribunnews.com".
        parts = host.split(".")
        for i in range(len(parts) - 1):
            candidate = ".".join(parts[i:])
            if candidate in self._by_domain:
                return self._by_domain[candidate]
        return None

    def find_squashed(self, value: str) -> Outlet | None:
        """The entry a file name's slug names ("aljazeera", "straitstimes"), else None."""
        return self._by_squashed.get(_squash(value))

    def find_in(self, text: str, *, wires_only: bool = False) -> list[tuple[int, Outlet, str]]:
        """Every alias occurrence in `text` as (offset, outlet, as written), in reading order."""
        pattern = self._wire_alias_re if wires_only else self._alias_re
        found = []
        for match in pattern.finditer(text):
            outlet = self.find(match.group(0))
            if outlet is not None:
                found.append((match.start(), outlet, match.group(0)))
        return found

    @staticmethod
    def _compile(outlets: list[Outlet]) -> re.Pattern[str]:
        sensitive, insensitive = set(), set()
        for outlet in outlets:
            for alias in (outlet.name, *outlet.aliases):
                # Short all-caps aliases ("AP", "RIA", "AFP") are only agencies when written in capitals:
                # "ap" or "Ria" in running text is something else.
                if len(alias) <= 4 and alias.isupper():
                    sensitive.add(re.escape(alias))
                else:
                    insensitive.add(re.escape(alias))
        by_length = lambda items: sorted(items, key=len, reverse=True)  # noqa: E731
        parts = []
        if insensitive:
            parts.append("(?i:" + "|".join(by_length(insensitive)) + ")")
        if sensitive:
            parts.append("(?:" + "|".join(by_length(sensitive)) + ")")
        if not parts:
            return re.compile(r"(?!x)x")
        return re.compile(r"(?<![\w.-])(?:" + "|".join(parts) + r")(?![\w-])")


@lru_cache(maxsize=1)
def _default_gazetteer() -> OutletGazetteer:
    return OutletGazetteer.from_file(DEFAULT_PATH)
