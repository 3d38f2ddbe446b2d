"""Bad input gets a clear error, stores nothing partial and never stops the rest of a batch."""

import pytest
from django.core.management import call_command

from claims.models import Claim, ClaimCluster, Speaker
from claims.pipeline import ingest, ingest_file
from sources.models import Article
from tests.concurrency import run_at_once

pytestmark = pytest.mark.django_db

NEWS_ID = (
    "Harga Beras Naik Lagi\n\n"
    "JAKARTA - Menteri Perdagangan Budi Santoso mengatakan, harga beras medium naik dua persen "
    "dalam sepekan terakhir.\n\n"
    "“Kami akan menggelar operasi pasar mulai Senin,” ujar Budi di Jakarta, Selasa (4/6/2024).\n"
)


def assert_nothing_stored():
    assert Article.objects.count() == 0
    assert Claim.objects.count() == 0
    assert ClaimCluster.objects.count() == 0


def test_an_empty_file_is_refused_with_a_clear_error(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"  \n\n ")
    result = ingest_file(path)
    assert not result.ok and result.error_code == "empty"
    assert "empty" in result.error.lower()
    assert_nothing_stored()


def test_a_binary_file_is_refused_with_a_clear_error(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    result = ingest_file(path)
    assert not result.ok and result.error_code == "binary"
    assert_nothing_stored()


def test_a_windows_1252_file_is_decoded_with_its_curly_quotes(tmp_path):
    path = tmp_path / "cp1252.txt"
    path.write_bytes(NEWS_ID.encode("cp1252"))
    result = ingest_file(path)
    assert result.ok, result.error
    assert "“Kami akan menggelar operasi pasar" in result.article.body
    claim = result.article.claims.get(kind=Claim.Kind.DIRECT)
    assert claim.text.startswith("Kami akan menggelar operasi pasar")


def test_a_20_megabyte_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "giant.txt"
    with path.open("wb") as fh:
        fh.write(NEWS_ID.encode() * (20_000_000 // len(NEWS_ID.encode()) + 1))
    result = ingest_file(path)
    assert not result.ok and result.error_code == "too_large"
    assert "limit" in result.error
    assert_nothing_stored()


def test_a_giant_body_sent_directly_is_refused_too():
    result = ingest(NEWS_ID.encode() * 60_000, source_name="api")
    assert not result.ok and result.error_code == "too_large"
    assert_nothing_stored()


def test_malformed_html_does_not_crash(tmp_path):
    path = tmp_path / "broken.html"
    path.write_text("<html><body><p>Unclosed <b>tag <div><p>" * 3, encoding="utf-8")
    result = ingest_file(path)
    assert result.ok or result.error
    if not result.ok:
        assert_nothing_stored()


def test_a_folder_with_one_bad_file_ingests_the_good_ones(tmp_path, capsys):
    (tmp_path / "a_good.txt").write_text(NEWS_ID, encoding="utf-8")
    (tmp_path / "b_empty.txt").write_bytes(b"")
    (tmp_path / "c_good.txt").write_text(NEWS_ID.replace("dua persen", "tiga persen"), encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}")
    with pytest.raises(SystemExit) as exit_info:
        call_command("ingest", str(tmp_path))
    assert exit_info.value.code == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 3
    assert "error" in lines[1] and "b_empty.txt" in lines[1]
    assert "article" in lines[0] and "article" in lines[2]
    assert Article.objects.count() == 2


def test_a_failure_while_storing_leaves_nothing_partial(monkeypatch, seed_bytes):
    def explode(claims):
        raise RuntimeError("matching failed")

    monkeypatch.setattr("claims.pipeline.claims_assign_clusters", explode)
    with pytest.raises(RuntimeError):
        ingest(seed_bytes, source_name="seed")
    assert_nothing_stored()
    assert Speaker.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_two_concurrent_ingests_of_one_article_store_it_once(seed_bytes):
    results = run_at_once(lambda: ingest(seed_bytes, source_name="concurrent"))
    assert all(r.ok for r in results), [r.error for r in results]
    assert sorted(r.created for r in results) == [False, True]
    assert len({r.article.pk for r in results}) == 1
    assert Article.objects.count() == 1
    assert Claim.objects.count() == 7
