"""Statement extraction: who said what in an article body. Pure Python, no Django.

`extract_statements(body, language)` returns `Statement`s whose offsets point into `body`
(`body[s.start:s.end] == s.text`). Rules live in `engine.py`; words in `lexicons/<lang>.py`;
known speakers in `seeds/gazetteers/speakers.json` (`gazetteer.py`).
"""

from __future__ import annotations

from .country import article_country
from .engine import Extractor, carrier_head_end, compile_lexicon
from .lexicons import LEXICONS
from .gazetteer import SpeakerGazetteer
from .types import Kind, Stance, Statement

__all__ = ["article_country", "extract_statements", "is_unnamed_carrier", "SpeakerGazetteer", "Statement", "Kind", "Stance"]


def extract_statements(body: str, language: str, speakers: SpeakerGazetteer | None = None, *,
                       country: str | None = None) -> list[Statement]:
    """Statements in `body` (clean article text) for an ISO 639-1 `language` (`id`, `en`;
    others fall back to English words). `country`: where the article reports from
    (`country.article_country`), for the speaker names that mean a body only there."""
    if not body:
        return []
    gaz = speakers if speakers is not None else SpeakerGazetteer.default()
    return Extractor(body, language, gaz.for_country(country)).run()


def is_unnamed_carrier(speaker: str) -> bool:
    """`a post`, `Sebuah unggahan`, `unggahan di media sosial`, `viral videos`: a speaker the
    extractor names after the post or video that carries a claim. It names no one, so two
    outlets' `a post` and `sebuah video` may well be the same post."""
    words = speaker.lower().split()
    return any(carrier_head_end(words, compile_lexicon(code), modifiers=0) for code in LEXICONS)


# compile the built-in lexicons at import, so no article pays for it
for _code in ("id", "en"):
    compile_lexicon(_code)
