"""Per-language word lists. Adding a language = adding a module here with the same names."""

from __future__ import annotations

from types import ModuleType

from . import en, id

LEXICONS: dict[str, ModuleType] = {"id": id, "en": en}


def get_lexicon(language: str) -> ModuleType:
    """The lexicon for an ISO 639-1 code; English when the language has none."""
    return LEXICONS.get((language or "").lower()[:2], en)
