"""The compiled nightly candidate search against a plain-Python statement of its rules, on small
random corpora where every rule fires: budgets cut plans, windows cut common keys, rescoring
lifts old claims that a rare key found, ties fill the lists."""

import bisect

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.matching.index import BlockTable


def reference_candidates(table: BlockTable, q: int, *, limit: int, budget: int, min_keys: int, window: int):
    """The rules of BlockTable.candidate_pairs for one claim, written out plainly."""
    keys = table.key_ids[table.key_ptr[q]:table.key_ptr[q + 1]].tolist()
    keys.sort(key=lambda k: (table.df[k], k))
    plan, spent = [], 0
    for k in keys:
        if len(plan) >= min_keys and spent + table.df[k] > budget:
            break
        plan.append(k)
        spent += int(table.df[k])
    postings = {k: table.post_ids[table.post_ptr[k]:table.post_ptr[k + 1]].tolist() for k in plan}
    wide = {k for k in plan if window and len(postings[k]) > window}
    total, narrow, hits, narrow_hits = {}, {}, {}, {}
    for k in plan:
        read = postings[k]
        if k in wide:
            skip = min(max(bisect.bisect_left(read, q) - window // 2, 0), len(read) - window)
            read = read[skip:skip + window]
        w = float(table.weights[k])
        for c in read:
            if c == q:
                continue
            total[c] = total.get(c, 0.0) + w
            hits[c] = hits.get(c, 0) + 1
            if k not in wide:
                narrow[c] = narrow.get(c, 0.0) + w
                narrow_hits[c] = narrow_hits.get(c, 0) + 1
    score = {}
    for c in total:
        if wide and narrow_hits.get(c):
            held = [k for k in plan if k in wide and c in postings[k]]
            extra = 0.0
            for k in held:
                extra += float(table.weights[k])
            score[c] = (narrow[c] + extra, narrow_hits[c] + len(held))
        else:
            score[c] = (total[c], hits[c])
    best = sorted(score, key=lambda c: (-score[c][0], c))[:limit]
    return [(c, score[c][1]) for c in best]


corpora = st.lists(
    st.lists(st.sampled_from([f"k{i}" for i in range(12)]), min_size=0, max_size=6, unique=True).map(sorted),
    min_size=2, max_size=60,
)


@settings(max_examples=150, deadline=None)
@given(lists=corpora, limit=st.integers(1, 8), budget=st.integers(1, 40), min_keys=st.integers(1, 3),
       window=st.sampled_from([0, 2, 5, 9]))
def test_the_compiled_search_follows_the_rules_exactly(lists, limit, budget, min_keys, window):
    table = BlockTable.from_keys(lists)
    q, c, shared = table.candidate_rows(0, len(lists), limit=limit, budget=budget, min_keys=min_keys,
                                        window=window)
    for query in range(len(lists)):
        rows = q == query
        got = list(zip(c[rows].tolist(), shared[rows].tolist(), strict=True))
        assert got == reference_candidates(table, query, limit=limit, budget=budget, min_keys=min_keys,
                                           window=window)


def test_a_claims_candidates_do_not_depend_on_the_range_it_is_searched_in():
    lists = [sorted({f"k{(i * 7 + j * 3) % 11}" for j in range(4)}) for i in range(200)]
    table = BlockTable.from_keys(lists)
    whole = table.candidate_pairs(0, 200, limit=5, budget=30, window=20)
    parts = [table.candidate_pairs(lo, lo + 50, limit=5, budget=30, window=20) for lo in range(0, 200, 50)]
    assert whole[0].tolist() == [x for p in parts for x in p[0].tolist()]
    assert whole[1].tolist() == [x for p in parts for x in p[1].tolist()]
