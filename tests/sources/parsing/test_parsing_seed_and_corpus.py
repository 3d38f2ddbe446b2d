"""The seed article and the development corpus (read from ../shared at run time, never copied)."""

import json
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from sources.parsing import parse_article

REPO = Path(__file__).resolve().parents[3]
SHARED = REPO / ".." / "shared"
SEED = REPO / "seeds" / "detiknews-putin-korut-2024-05-25.txt"
SEED_GOLD = SHARED / "corpus" / "gold" / "seed.json"
GOLD_FILES = sorted((SHARED / "corpus" / "gold").glob("*.json")) if SHARED.is_dir() else []

# A caption line: a photo credit in brackets or a licensing link at its end.
CAPTION_LINE = re.compile(r"(?:\((?:dok\.|foto|photo)[^)]*\)|Acquire Licensing Rights)\s*$", re.IGNORECASE)


def _gold_path(gold: dict) -> Path:
    relative = gold["file"].removeprefix("shared/")
    return REPO / relative if relative.startswith("seeds/") else SHARED / relative


@pytest.fixture(scope="module")
def seed_article():
    return parse_article(SEED.read_bytes(), filename=SEED.name)


def test_the_seed_metadata_is_read(seed_article):
    assert seed_article.title == "Putin Akan Lakukan Kunjungan ke Korea Utara, Dalam Rangka Apa?"
    assert seed_article.outlet == "detikNews"
    assert seed_article.author == "Novi Christiastuti"
    assert seed_article.published_at == datetime(2024, 5, 25, 17, 12, tzinfo=timezone(timedelta(hours=7)))
    assert seed_article.published_at.isoformat() == "2024-05-25T17:12:00+07:00"
    assert seed_article.dateline == "Moskow"
    assert seed_article.wire_sources == ["AFP"]
    assert seed_article.language == "id"


def test_the_seed_body_starts_after_the_dateline_and_has_no_captions(seed_article):
    paragraphs = seed_article.body.split("\n\n")
    assert paragraphs[0].startswith("Kremlin atau kantor kepresidenan Rusia")
    assert not [p for p in paragraphs if CAPTION_LINE.search(p)]
    assert seed_article.title not in seed_article.body


@pytest.mark.skipif(not SEED_GOLD.is_file(), reason="../shared/corpus is not available")
def test_the_seed_body_is_clean_and_keeps_every_gold_statement(seed_article):
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    for furniture in gold["boilerplate_must_be_absent"]:
        assert furniture.lower() not in seed_article.body.lower()
    for statement in gold["statements"]:
        assert statement["text"] in seed_article.body, statement["id"]


@pytest.mark.skipif(not GOLD_FILES, reason="../shared/corpus is not available")
@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=lambda p: p.stem)
def test_corpus_bodies_are_clean_and_keep_every_gold_statement(gold_file):
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    path = _gold_path(gold)
    article = parse_article(path.read_bytes(), filename=path.name)
    present = [b for b in gold.get("boilerplate_must_be_absent", []) if b.lower() in article.body.lower()]
    assert not present
    missing = [s["id"] for s in gold["statements"] if s["text"] not in article.body]
    assert not missing
