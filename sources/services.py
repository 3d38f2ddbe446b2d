"""Writes for outlets and articles. Callers hold the transaction."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from django.db import IntegrityError, transaction
from django.utils.text import slugify

from .models import Article, Outlet
from .parsing.gazetteer import OutletGazetteer

_SPACE = re.compile(r"\s+")


def content_hash(body: str) -> str:
    """The identity of an article's text: the same words with other spacing or Unicode forms are
    the same article, so a re-paste or a re-download is never stored twice."""
    text = _SPACE.sub(" ", unicodedata.normalize("NFKC", body)).strip().casefold()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_find_duplicate(*, body_hash: str, url: str | None) -> Article | None:
    query = Article.objects.filter(content_hash=body_hash)
    if url:
        query = query | Article.objects.filter(url=url)
    return query.order_by("pk").first()


def outlet_get_or_create(*, name: str, gazetteer: OutletGazetteer) -> Outlet:
    """The Outlet row for a name as written; known outlets and wires take their gazetteer entry."""
    entry = gazetteer.find(name)
    canonical = entry.name if entry else name.strip()
    slug = slugify(canonical)[:200] or hashlib.sha1(canonical.encode()).hexdigest()[:12]
    defaults = {"name": canonical}
    if entry:
        defaults.update(
            domains=list(entry.domains),
            language=entry.language or "",
            country=entry.country or "",
            is_wire=entry.is_wire,
        )
    try:
        # A savepoint, so that losing a race to a concurrent ingest does not spoil the caller's transaction.
        with transaction.atomic():
            outlet, _ = Outlet.objects.get_or_create(slug=slug, defaults=defaults)
    except IntegrityError:
        outlet = Outlet.objects.get(slug=slug)
    return outlet
