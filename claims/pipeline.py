"""The one way an article enters Kutip: parse → extract → store (one transaction) → match.

Every entry point (the ingest command, Celery tasks, the dashboard, the API) calls `ingest()`;
`extract()` runs the same first two steps and stores nothing.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, transaction

from sources.models import Article
from sources.parsing import parse_article
from sources.parsing.gazetteer import OutletGazetteer
from sources.parsing.types import ParsedArticle, ParseError
from sources.services import article_find_duplicate, content_hash, outlet_get_or_create

from .clustering import claims_assign_clusters
from .extraction import article_country, extract_statements
from .extraction.gazetteer import SpeakerGazetteer
from .extraction.types import Statement
from .matching.normalise import normalise
from .meaning import claims_store_vectors, embed_ahead, meaning_schedule
from .models import Claim
from .services import claims_announce_repeats
from .speakers import speaker_resolve

logger = logging.getLogger(__name__)

EXTRACTOR_VERSION = "18"
INGESTIBLE_SUFFIXES = {".txt", ".html", ".htm"}


@dataclass(frozen=True)
class IngestResult:
    source: str
    article: Article | None = None
    created: bool = False
    statement_count: int = 0
    error: str | None = None
    error_code: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class Extraction:
    article: ParsedArticle
    statements: list[Statement]


@lru_cache(maxsize=1)
def outlet_gazetteer() -> OutletGazetteer:
    return OutletGazetteer.default()


@lru_cache(maxsize=1)
def speaker_gazetteer() -> SpeakerGazetteer:
    return SpeakerGazetteer.default()


def extract(data: bytes | str, *, filename: str | None = None, url: str | None = None,
            content_type: str | None = None, hints: dict | None = None) -> Extraction:
    """Parse and extract without touching the database. Raises ParseError on bad input.

    `hints` (outlet, published_at, language) come from a caller that knows the source better
    than the page does; they replace the parsed values before extraction."""
    parsed = parse_article(
        data,
        filename=filename,
        url=url,
        content_type=content_type,
        outlets=outlet_gazetteer(),
        max_bytes=settings.KUTIP_MAX_INPUT_BYTES,
    )
    if hints:
        parsed = dataclasses.replace(parsed, **hints)
    statements = extract_statements(parsed.body, parsed.language, speaker_gazetteer(),
                                    country=_country_of(parsed))
    for st in statements:
        # Offsets are the contract every reader relies on; a broken one is a bug, never data.
        if parsed.body[st.start : st.end] != st.text:
            raise AssertionError(f"statement offsets {st.start}:{st.end} do not match its text")
    return Extraction(parsed, statements)


def _country_of(parsed) -> str | None:
    outlet = outlet_gazetteer().find(parsed.outlet)
    # A wire's country is where it is based, not where its stories come from.
    return article_country(parsed.dateline, outlet.country if outlet and not outlet.is_wire else None)


def extraction_as_json(extraction: Extraction, *, source: str) -> dict:
    """The `manage.py extract --json` contract of docs/architecture.md."""
    a = extraction.article
    return {
        "source": source,
        "article": {
            "title": a.title,
            "outlet": a.outlet,
            "url": a.url,
            "author": a.author,
            "published_at": a.published_at.isoformat() if a.published_at else None,
            "language": a.language,
            "dateline": a.dateline,
            "wire_sources": list(a.wire_sources),
            "body": a.body,
        },
        "statements": [
            {k: v for k, v in st.as_dict().items() if k != "resolved_content" or v is not None}
            for st in extraction.statements
        ],
    }


def ingest(data: bytes | str, *, source_name: str, filename: str | None = None, url: str | None = None,
           content_type: str | None = None, hints: dict | None = None) -> IngestResult:
    """Store one article with its claims and cluster them. Never raises on bad input: the
    result carries the error, and nothing of a failed input is stored."""
    raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    try:
        extraction = extract(raw, filename=filename, url=url, content_type=content_type, hints=hints)
    except ParseError as exc:
        return IngestResult(source_name, error=str(exc), error_code=exc.code)

    parsed = extraction.article
    body_hash = content_hash(parsed.body)
    existing = article_find_duplicate(body_hash=body_hash, url=parsed.url)
    if existing is not None:
        return IngestResult(source_name, existing, created=False, statement_count=existing.claims.count())

    ahead = embed_ahead(st.text for st in extraction.statements)  # runs beside the store and the wording tier
    try:
        with transaction.atomic():
            article = _store(extraction, raw=raw, body_hash=body_hash, source_name=source_name)
    except IntegrityError:
        # A concurrent ingest of the same article won the unique constraint: report its row.
        existing = article_find_duplicate(body_hash=body_hash, url=parsed.url)
        if existing is None:
            raise
        return IngestResult(source_name, existing, created=False, statement_count=existing.claims.count())
    claims_store_vectors(article, ahead)
    claims_announce_repeats(article=article)  # webhooks: a checked claim appears again
    meaning_schedule(article)
    return IngestResult(source_name, article, created=True, statement_count=len(extraction.statements))


def _store(extraction: Extraction, *, raw: bytes, body_hash: str, source_name: str) -> Article:
    parsed = extraction.article
    gazetteer = outlet_gazetteer()
    article = Article.objects.create(
        outlet=outlet_get_or_create(name=parsed.outlet, gazetteer=gazetteer) if parsed.outlet else None,
        url=parsed.url,
        source_name=source_name[:2000],
        title=parsed.title[:1000],
        author=(parsed.author or "")[:300],
        published_at=parsed.published_at,
        language=parsed.language,
        dateline=(parsed.dateline or "")[:200],
        body=parsed.body,
        raw=raw,
        content_hash=body_hash,
        extractor_version=EXTRACTOR_VERSION,
    )
    if parsed.wire_sources:
        article.wire_sources.set(
            [outlet_get_or_create(name=name, gazetteer=gazetteer) for name in parsed.wire_sources]
        )
    claims_store(article, distinct_spans(extraction.statements))
    return article


def claims_store(article: Article, statements: list[Statement]) -> list[Claim]:
    """The statements as claims of the article, each put in its cluster. Inside a transaction."""
    claims = Claim.objects.bulk_create(
        [
            Claim(
                article=article,
                speaker=speaker_resolve(name=st.speaker, kind=st.speaker_kind) if st.speaker else None,
                speaker_mention=(st.speaker_mention or "")[:300],
                text=st.text,
                normalised_text=normalise(st.text, article.language),
                kind=st.kind,
                cue=(st.cue or "")[:100],
                stance=st.stance,
                via=(st.via or "")[:200],
                resolved_content=st.resolved_content or "",
                start=st.start,
                end=st.end,
                language=article.language,
                seen_at=article.seen_at,
            )
            for st in statements
        ]
    )
    claims_assign_clusters(claims)
    return claims


def distinct_spans(statements: list[Statement]) -> list[Statement]:
    seen, out = set(), []
    for st in statements:
        if (st.start, st.end) not in seen:
            seen.add((st.start, st.end))
            out.append(st)
    return out


def iter_input_files(paths: list[str]):
    """Files to ingest from paths and folders (recursively, in name order); other files are skipped."""
    for raw_path in paths:
        path = Path(raw_path)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in INGESTIBLE_SUFFIXES:
                    yield child
        else:
            yield path


def ingest_file(path: Path) -> IngestResult:
    try:
        size = path.stat().st_size
        if size > settings.KUTIP_MAX_INPUT_BYTES:
            # Refused before reading, so a giant file never sits in memory.
            return IngestResult(
                str(path),
                error=f"file is {size:,} bytes; the limit is {settings.KUTIP_MAX_INPUT_BYTES:,} bytes",
                error_code="too_large",
            )
        data = path.read_bytes()
    except OSError as exc:
        return IngestResult(str(path), error=f"cannot read file: {exc.strerror or exc}", error_code="unreadable")
    return ingest(data, source_name=str(path), filename=path.name)
