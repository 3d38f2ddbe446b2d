"""Reading stored articles again with the current extractor (`manage.py reextract`).

Every article keeps its raw input, so a newer extractor can read it again. The statements it finds
that no stored claim covers are added as claims of the article, matched and clustered like any
new claim (webhooks and the meaning tier see only them). Stored claims stay exactly as they are:
checkers' reviews, merges, detaches and suggestions hang on those rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from sources.models import Article
from sources.parsing.types import ParseError
from sources.services import content_hash

from .meaning import meaning_schedule
from .pipeline import EXTRACTOR_VERSION, distinct_spans, claims_store, extract
from .services import claims_announce_repeats


@dataclass
class ReextractResult:
    article_id: int
    added: list[int] = field(default_factory=list)  # ids of the claims added
    skipped: str | None = None  # why the article was left as it was

    @property
    def line(self) -> str:
        if self.skipped:
            return f"article {self.article_id}\tskipped\t{self.skipped}"
        return f"article {self.article_id}\tread again\t{len(self.added)} claims added"


def articles_to_reextract(*, every: bool = False):
    """Articles an older extractor read (or all of them), oldest first."""
    articles = Article.objects.all() if every else Article.objects.exclude(extractor_version=EXTRACTOR_VERSION)
    return articles.order_by("pk")


def article_reextract(article: Article) -> ReextractResult:
    """Read the article's raw input again and add the claims of statements no stored claim
    overlaps. Nothing stored is changed or removed; the article records this extractor's version."""
    result = ReextractResult(article.pk)
    hints = {"language": article.language} if article.language else None
    try:
        extraction = extract(bytes(article.raw), filename=Path(article.source_name).name or None,
                             url=article.url or None, hints=hints)
    except ParseError as exc:
        result.skipped = f"its input can no longer be read: {exc}"
        return result
    if content_hash(extraction.article.body) != article.content_hash:
        # The stored claims' offsets point into the stored text; statements of another text
        # cannot be placed beside them.
        result.skipped = "the parser now reads another text from its input; ingest it again as a new article"
        return result
    with transaction.atomic():
        locked = Article.objects.select_for_update().get(pk=article.pk)
        spans = list(locked.claims.values_list("start", "end"))
        new = [st for st in distinct_spans(extraction.statements)
               if not any(st.start < end and start < st.end for start, end in spans)]
        result.added = [claim.pk for claim in claims_store(locked, new)]
        locked.extractor_version = EXTRACTOR_VERSION
        locked.save(update_fields=["extractor_version"])
        if result.added:
            claims_announce_repeats(article=locked, only=result.added)
            meaning_schedule(locked, only=result.added)
    return result
