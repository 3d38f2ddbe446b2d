"""HTML pages: trafilatura finds the article; the plain-text rules then clean what it kept."""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import datetime

from .dates import localise_in_country
from .gazetteer import OutletGazetteer
from .text import parse_text
from .types import NoArticleText, ParsedArticle

logger = logging.getLogger(__name__)

# Where pages state their publication time with a time zone (Open Graph, schema.org, <time>).
_PUBLISHED_RES = (
    re.compile(
        r"<meta[^>]+(?:property|name|itemprop)\s*=\s*[\"'](?:article:published_time|og:article:published_time|"
        r"datePublished|pubdate|publishdate|publish-date|dc\.date\.issued)[\"'][^>]*?content\s*=\s*[\"']([^\"']+)",
        re.IGNORECASE,
    ),
    re.compile(
        r"<meta[^>]+content\s*=\s*[\"']([^\"']+)[\"'][^>]*?(?:property|name|itemprop)\s*=\s*[\"']"
        r"(?:article:published_time|datePublished|pubdate)[\"']",
        re.IGNORECASE,
    ),
    re.compile(r"\"datePublished\"\s*:\s*\"([^\"]+)\"", re.IGNORECASE),
    re.compile(r"<time[^>]+datetime\s*=\s*[\"']([^\"']+)", re.IGNORECASE),
)
_HAS_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def parse_html(
    html: str,
    *,
    filename: str | None = None,
    url: str | None = None,
    outlets: OutletGazetteer | None = None,
) -> ParsedArticle:
    gazetteer = outlets or OutletGazetteer.default()
    document = _extract(html, url)
    text = (getattr(document, "text", None) or "").strip() if document is not None else ""
    if not text:
        raise NoArticleText("No article text was found in this HTML page.")
    title = (getattr(document, "title", None) or "").strip()
    # trafilatura keeps one paragraph per line; the text rules treat each line as a paragraph and
    # drop what they recognise as furniture ("ADVERTISEMENT", "Baca juga: ...").
    try:
        article = parse_text(text, filename=filename, url=url, outlets=gazetteer, title_hint=title or None)
    except NoArticleText as exc:
        raise NoArticleText("No article text was found in this HTML page.") from exc

    outlet = article.outlet
    sitename = (getattr(document, "sitename", None) or "").strip()
    if url and gazetteer.find(url):
        outlet = gazetteer.find(url).name
    elif sitename and (entry := gazetteer.find(sitename)):
        outlet = entry.name
    elif not outlet and sitename:
        outlet = sitename
    elif not outlet and getattr(document, "hostname", None):
        outlet = document.hostname
    entry = gazetteer.find(outlet) if outlet else None

    author = article.author or _clean_author(getattr(document, "author", None))
    published_at = article.published_at or _published_at(html, entry.country if entry else "")
    return replace(
        article,
        title=title or article.title,
        outlet=outlet,
        author=author,
        published_at=published_at,
        wire_sources=[w for w in article.wire_sources if w != outlet],
    )


def _extract(html: str, url: str | None):
    import trafilatura  # ~0.5 s to import: only HTML input pays for it

    try:
        return trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            favor_precision=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
        )
    except Exception:  # noqa: BLE001 - malformed markup must become a ParseError, never a crash
        logger.warning("trafilatura failed on an HTML input", exc_info=True)
        return None


def _clean_author(value: str | None) -> str | None:
    if not value:
        return None
    # trafilatura joins several authors with "; ".
    value = value.strip()
    return value or None


def _published_at(html: str, country: str) -> datetime | None:
    """The page's stated publication time, only when it includes a time of day."""
    head = html[:200_000]
    for pattern in _PUBLISHED_RES:
        for match in pattern.finditer(head):
            raw = match.group(1).strip()
            if not _HAS_TIME.match(raw):
                continue
            try:
                value = datetime.fromisoformat(raw.replace("Z", "+00:00"))
            except ValueError:
                continue
            if value.tzinfo is None:
                value = localise_in_country(value, country)
                if value is None:
                    continue
            return value
    return None
