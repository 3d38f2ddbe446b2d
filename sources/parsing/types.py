"""What the parsing layer hands to the rest of Kutip. Pure Python: no Django."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


class ParseError(ValueError):
    """Input that cannot become an article. The message is shown to the user as is."""

    code = "invalid"


class EmptyInput(ParseError):
    code = "empty"


class BinaryInput(ParseError):
    code = "binary"


class InputTooLarge(ParseError):
    code = "too_large"


class NoArticleText(ParseError):
    code = "no_text"


@dataclass(frozen=True)
class ParsedArticle:
    """One article, cleaned: `body` is the text every claim offset points into."""

    body: str
    title: str = ""
    outlet: str | None = None
    author: str | None = None
    published_at: datetime | None = None  # aware, in the printed time zone
    language: str = "und"  # ISO 639-1 code, detected
    dateline: str | None = None
    wire_sources: list[str] = field(default_factory=list)
    url: str | None = None
