"""The two JSON contracts of docs/architecture.md, exactly."""

import json

import pytest
from django.core.management import call_command

from claims.pipeline import ingest
from sources.models import Article

from tests.conftest import SEED

CONTRACT_ARTICLE_KEYS = {"title", "outlet", "url", "author", "published_at", "language", "dateline",
                         "wire_sources", "body"}
CONTRACT_STATEMENT_KEYS = {"speaker", "speaker_mention", "speaker_kind", "text", "kind", "cue", "stance",
                           "via", "start", "end"}


@pytest.mark.django_db
def test_extract_prints_one_json_object_per_input_and_stores_nothing(capsys, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Judul\n\nMenurut polisi, jalan itu ditutup sampai Senin.\n", encoding="utf-8")
    call_command("extract", "--json", str(SEED), str(other))
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert first["source"] == str(SEED)
    assert set(first["article"]) == CONTRACT_ARTICLE_KEYS
    assert first["article"]["published_at"] == "2024-05-25T17:12:00+07:00"
    assert first["article"]["wire_sources"] == ["AFP"]
    body = first["article"]["body"]
    assert len(first["statements"]) == 7
    for st in first["statements"]:
        assert CONTRACT_STATEMENT_KEYS <= set(st)
        assert st["kind"] in {"direct", "indirect"} and st["stance"] in {"assert", "deny", "accuse"}
        assert body[st["start"] : st["end"]] == st["text"]
    assert Article.objects.count() == 0


@pytest.mark.django_db
def test_export_claims_prints_every_stored_claim(capsys, seed_bytes):
    ingest(seed_bytes, source_name="seeds/seed.txt")
    call_command("export_claims", "--jsonl")
    rows = [json.loads(line) for line in capsys.readouterr().out.strip().splitlines()]
    assert len(rows) == 7
    for row in rows:
        assert set(row) == {"claim_id", "cluster_id", "article_source", "speaker", "text", "kind", "stance",
                            "language"}
        assert row["article_source"] == "seeds/seed.txt"
        assert row["cluster_id"] is not None
