"""The parsing core: raw input (pasted text, HTML, a file) to a ParsedArticle. No Django here."""

from __future__ import annotations

import re

from .decoding import decode_bytes
from .gazetteer import Outlet, OutletGazetteer
from .types import BinaryInput, EmptyInput, InputTooLarge, NoArticleText, ParsedArticle, ParseError

__all__ = [
    "BinaryInput", "EmptyInput", "InputTooLarge", "NoArticleText", "Outlet", "OutletGazetteer", "ParseError",
    "ParsedArticle", "decode_bytes", "is_html", "parse_article", "warm_up",
]

_HTML_EXTENSIONS = (".html", ".htm", ".xhtml", ".shtml")
_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
_HTML_ROOT = re.compile(r"<(?:!doctype\s+html|html|body)\b", re.IGNORECASE)
_TAG = re.compile(r"</?(?:p|div|span|a|br|article|section|h[1-6]|meta|script|style|li|ul|img|table)\b[^>]*>", re.IGNORECASE)
# Plain text copied from a page has no tags; a fragment of HTML (no <html>) has many.
MIN_TAGS_FOR_HTML = 5


def is_html(text: str, *, filename: str | None = None, content_type: str | None = None) -> bool:
    if content_type:
        kind = content_type.split(";")[0].strip().lower()
        if kind in ("text/html", "application/xhtml+xml"):
            return True
        if kind == "text/plain":
            return False
    if filename and filename.lower().endswith(_HTML_EXTENSIONS):
        return True
    head = text[:20000]
    if _HTML_START.match(head) or _HTML_ROOT.search(head[:2000]):
        return True
    return len(_TAG.findall(head)) >= MIN_TAGS_FOR_HTML and "</" in head


def warm_up() -> None:
    """Load the language model, dateparser's Indonesian and English data and the outlet gazetteer
    now (about 1 s) rather than during the first article. Worker processes call this at start."""
    from .dates import find_date
    from .language import detect_language

    OutletGazetteer.default()
    detect_language("Presiden mengatakan bahwa kunjungan itu sedang dipersiapkan. The visit is being prepared.")
    find_date("Sabtu, 25 Mei 2024 17:12 WIB")
    find_date("June 19, 2024 - 05:07", default_offset_minutes=0)


def parse_article(
    data: bytes | str,
    *,
    filename: str | None = None,
    url: str | None = None,
    content_type: str | None = None,
    outlets: OutletGazetteer | None = None,
    max_bytes: int = 5_000_000,
) -> ParsedArticle:
    """Clean body and metadata from raw input. Raises a ParseError subclass for unusable input."""
    text = decode_bytes(data, max_bytes=max_bytes)
    gazetteer = outlets or OutletGazetteer.default()
    if is_html(text, filename=filename, content_type=content_type):
        from .html import parse_html

        return parse_html(text, filename=filename, url=url, outlets=gazetteer)
    from .text import parse_text

    return parse_text(text, filename=filename, url=url, outlets=gazetteer)
