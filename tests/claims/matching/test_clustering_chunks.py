"""The nightly clustering core at scale: chunked equals unchunked, and the vectorised path makes
the decisions of scoring.decide_pair."""

import sys
from pathlib import Path

import numpy as np
import pytest

from claims.matching.clustering import EDGE_KEPT_APART, EDGE_MATCH, Corpus, Edges, cluster, corpus_edges
from claims.matching.index import BlockTable, CandidateIndex, blocking_keys
from claims.matching.keys import claim_key
from claims.matching.scoring import MATCH, NONE, SUGGEST, _score_few, decide_pair, score_pairs

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))
from bench_matching import generate  # noqa: E402


@pytest.fixture(scope="module")
def keys():
    corpus, _gen = generate(1500, seed=3)
    return [claim_key(t, language=lang, speaker=sp) for t, lang, sp, _ in corpus]


def test_chunked_clustering_equals_unchunked(keys):
    whole = cluster(keys)
    cannot = [(whole.matches[0][0], whole.matches[0][1])]
    for chunk in (97, 500):
        part = cluster(keys, chunk=chunk)
        assert part.labels == whole.labels
        assert part.suggestions == whole.suggestions
        assert part.matches == whole.matches and part.kept_apart == whole.kept_apart
    assert cluster(keys, cannot_link=cannot, chunk=250).labels == cluster(keys, cannot_link=cannot).labels


def test_edges_are_the_decisions_of_decide_pair(keys):
    corpus = Corpus.from_keys(keys)
    edges = corpus_edges(corpus, 0, len(keys), lambda ps: [keys[p] for p in ps])
    assert edges.pairs_scored > len(edges) > 0
    for a, b, score, kind in zip(edges.a.tolist(), edges.b.tolist(), edges.score.tolist(),
                                 edges.kind.tolist(), strict=True):
        old = round(float(_score_few(keys[a], [keys[b]], [keys[b].text])[0]), 2)
        assert score == old
        decision = decide_pair(keys[a], keys[b], old)
        assert decision != NONE
        assert (kind == EDGE_MATCH) == (decision == MATCH)
        if kind == EDGE_KEPT_APART:
            assert decision == SUGGEST and score >= 80


def test_vectorised_scores_equal_the_pairwise_ones_at_and_above_suggest(keys):
    rng = np.random.default_rng(0)
    a = rng.integers(0, len(keys), 3000)
    b = rng.integers(0, len(keys), 3000)
    texts = [k.text for k in keys]
    got = score_pairs([texts[i] for i in a], [texts[i] for i in b],
                      np.array([len(keys[i].tokens) for i in a]),
                      np.array([len(keys[i].tokens) for i in b]))
    want = np.array([_score_few(keys[i], [keys[j]], [keys[j].text])[0] for i, j in zip(a, b, strict=True)])
    high = want >= 62
    assert np.array_equal(got[high], want[high])
    assert not np.any(got[~high] >= 62)


def test_bulk_candidates_are_the_index_candidates_up_to_ties(keys):
    table = BlockTable.from_keys([blocking_keys(k) for k in keys])
    q, c = table.candidate_pairs(0, len(keys), limit=30, budget=1500)
    index = CandidateIndex(budget=1500)
    for i, k in enumerate(keys):
        index.add(i, k)
    for i in range(0, len(keys), 37):
        old = index.candidates(keys[i], 30, exclude=i)
        new = c[q == i].tolist()
        assert len(old) == len(new)
        weights = _weights(index, keys[i], i)
        assert sorted(round(weights[x], 9) for x in old) == sorted(round(weights[x], 9) for x in new)


def _weights(index, key, exclude):
    from collections import defaultdict

    from claims.matching.index import query_plan

    plan = query_plan(blocking_keys(key), index.doc_freq, len(index), budget=1500)
    w = defaultdict(float)
    for k, weight in plan:
        for cid in index._postings[k]:
            w[cid] += weight
    w.pop(exclude, None)
    return w


def test_a_window_bounds_the_postings_read_and_keeps_each_claims_neighbours(keys):
    table = BlockTable.from_keys([blocking_keys(k) for k in keys])
    q, c = table.candidate_pairs(0, len(keys), limit=30, budget=1500, window=50)
    assert len(q) and not np.any(q == c)
    assert np.all(np.bincount(q) <= 30)


def test_edges_survive_json(keys):
    corpus = Corpus.from_keys(keys[:300])
    edges = corpus_edges(corpus, 0, 300, lambda ps: [keys[p] for p in ps])
    back = Edges.from_json(edges.to_json())
    assert np.array_equal(back.a, edges.a) and np.array_equal(back.score, edges.score)
    assert np.array_equal(back.kind, edges.kind) and back.pairs_scored == edges.pairs_scored


def test_a_corpus_snapshot_loads_back_equal(keys, tmp_path):
    corpus = Corpus.from_keys(keys[:200])
    corpus.save(tmp_path)
    back = Corpus.load(tmp_path)
    assert back.texts.tolist() == corpus.texts.tolist()
    assert np.array_equal(back.table.post_ids, corpus.table.post_ids)
    one = corpus_edges(corpus, 0, 200, lambda ps: [keys[p] for p in ps])
    two = corpus_edges(back, 0, 200, lambda ps: [keys[p] for p in ps])
    assert np.array_equal(one.a, two.a) and np.array_equal(one.kind, two.kind)


def _old_claim_behind_a_window():
    """An old claim that shares a query's rare key (a place) and both its common words, and 300
    recent claims that share only the common words: weight of the two common words (df 301)
    just above the rare key's (df 31). Returns (key lists, the old claim, the query)."""
    lists = [["place", "common-a", "common-b"]]  # 0: the old claim
    lists += [["place", f"other-{i}"] for i in range(29)]  # other claims of the place, also old
    lists += [[f"filler-{i}"] for i in range(2570)]
    lists += [["common-a", "common-b", f"own-{i}"] for i in range(300)]  # recent, no place
    lists.append(["place", "common-a", "common-b"])  # the query, filed last
    return lists, 0, len(lists) - 1


def test_a_window_does_not_hide_an_old_claim_that_a_rare_key_found():
    lists, old, query = _old_claim_behind_a_window()
    table = BlockTable.from_keys(lists)
    q, c, shared = table.candidate_rows(query, query + 1, limit=10, window=100)
    assert c[0] == old  # all three keys shared: the best candidate
    assert shared[0] == 3
    # Without the window every key is read in full: the same first candidate.
    _q, full = table.candidate_pairs(query, query + 1, limit=10)
    assert full[0] == old


def test_a_pair_held_back_only_by_the_fragment_rule_is_a_suggestion_not_kept_apart():
    from claims.matching.clustering import EDGE_SUGGEST

    full = ("Polisi menyita 40 kilogram sabu di Pelabuhan Belawan pada Senin malam, menjelang libur "
            "akhir tahun dan kedatangan kapal dari Malaysia")
    fragment = "menyita 40 kilogram sabu di pelabuhan pada Senin malam menjelang libur akhir tahun"
    other_number = full.replace("40 kilogram", "75 kilogram")
    keys = [claim_key(full, language="id", speaker="Kepolisian Daerah"),
            claim_key(fragment, language="id", speaker=None),
            claim_key(other_number, language="id", speaker="Kepolisian Daerah")]
    edges = corpus_edges(Corpus.from_keys(keys), 0, 3, lambda ps: [keys[p] for p in ps])
    kind = {(a, b): k for a, b, k in zip(edges.a.tolist(), edges.b.tolist(), edges.kind.tolist(), strict=True)}
    assert kind[(0, 1)] == EDGE_SUGGEST  # cannot tell: a checker may still join them
    assert kind[(0, 2)] == EDGE_KEPT_APART  # another number: never the same claim
