import random

from claims.matching import thresholds as th
from claims.matching.index import (
    KEY_MAX_LENGTH,
    PAIR_PREFIX,
    CandidateIndex,
    blocking_keys,
    keys_of,
    query_plan,
)
from claims.matching.keys import claim_key
from claims.matching.scoring import score_many

WORDS = (
    "gubernur menteri polisi beras vaksin banjir jembatan sekolah pelabuhan kapal nelayan "
    "anggaran pajak listrik jalan tol sawah pupuk petani guru rumah sakit obat pasar harga "
    "minister police rice vaccine flood bridge school port ship budget tax power road farm "
    "teacher hospital market price drought fuel army border election court"
).split()


def _corpus(n, seed=3):
    rng = random.Random(seed)
    names = ["".join(rng.choice("bdgklmnprstw") + rng.choice("aiueo") for _ in range(3))
             for _ in range(n)]
    texts = []
    for i in range(n):
        words = rng.sample(WORDS, 9) + [names[i], str(rng.randint(2, 999))]
        rng.shuffle(words)
        texts.append(" ".join(words))
    variants = []
    for t in texts[: n // 4]:
        words = t.split()
        del words[rng.randrange(len(words))]
        variants.append(" ".join(words))
    return texts + variants


def test_blocking_keys_are_plain_strings_of_content_words():
    key = claim_key("Polisi menyita 40 kilogram sabu di pelabuhan", language="id")
    assert blocking_keys(key) == sorted(blocking_keys(key))
    assert "w:pelabuhan" in blocking_keys(key)
    assert "w:di" not in blocking_keys(key)


def test_pair_keys_join_content_words_that_follow_each_other_past_stopwords():
    key = claim_key("Polisi menyita 40 kilogram sabu di pelabuhan", language="id")
    pairs = [k for k in blocking_keys(key) if k.startswith(PAIR_PREFIX)]
    # "di" is a stopword, so "sabu" and "pelabuhan" follow each other; each pair alphabetical
    assert pairs == ["p:40 kilogram", "p:40 menyita", "p:kilogram sabu", "p:menyita polisi",
                     "p:pelabuhan sabu"]
    swapped = claim_key("Di pelabuhan, sabu 40 kilogram disita polisi", language="id")
    assert "p:pelabuhan sabu" in blocking_keys(swapped) and "p:40 kilogram" in blocking_keys(swapped)


def test_keys_from_a_stored_match_key_are_the_claim_keys():
    for text in ("Harga beras beras naik", "Presiden mengatakan harga beras akan naik " + "x" * 120,
                 "the price of rice will rise, the minister said", ""):
        key = claim_key(text, language="id")
        stored = key.to_dict()
        keys = keys_of(stored["tokens"], stored["content"])
        assert keys == blocking_keys(key)
        assert all(len(k) <= KEY_MAX_LENGTH for k in keys)
        assert not any(k.startswith(PAIR_PREFIX) and k.split(":", 1)[1].split(" ")[0] ==
                       k.split(" ")[-1] for k in keys)  # a repeated word makes no pair


def test_the_query_plan_reads_rare_keys_first_within_the_budget():
    df = {"w:rare": 2, "w:mid": 50, "w:common": 10_000}
    plan = query_plan(df, df.get, 20_000, budget=100, min_keys=1)
    assert [k for k, _w in plan] == ["w:rare", "w:mid"]


def test_the_blocked_search_finds_what_brute_force_finds_on_a_small_generated_set():
    keys = [claim_key(t, language="id") for t in _corpus(800)]
    index = CandidateIndex()
    for i, k in enumerate(keys):
        index.add(i, k)
    wanted = found = 0
    for i in range(0, len(keys), 7):
        scores = score_many(keys[i], keys)
        brute = {j for j in range(len(keys)) if j != i and scores[j] >= th.AUTO_MATCH}
        got = set(index.candidates(keys[i], 50, exclude=i))
        wanted += len(brute)
        found += len(brute & got)
    assert wanted > 20
    assert found / wanted >= 0.99


def test_removed_claims_are_no_longer_candidates():
    index = CandidateIndex()
    a = claim_key("Gubernur meresmikan jembatan gantung baru di desa Sukamaju", language="id")
    index.add("a", a)
    index.add("b", a)
    index.remove("a")
    assert index.candidates(a) == ["b"]
    assert len(index) == 1 and "a" not in index


def test_vectorised_scores_give_the_same_decisions_as_compare():
    from claims.matching.scoring import compare, decide_pair

    keys = [claim_key(t, language="id") for t in _corpus(120)]
    for i in range(0, len(keys), 11):
        scores = score_many(keys[i], keys)
        for j, k in enumerate(keys):
            assert decide_pair(keys[i], k, round(float(scores[j]), 2)) == compare(
                keys[i], k).decision


def test_the_screening_score_is_compares_score_bit_for_bit_partial_quotes_included():
    from claims.matching.scoring import compare, compare_score

    texts = _corpus(60, seed=5)
    rng = random.Random(9)
    quotes = []
    for t in texts[:30]:
        words = t.split()
        start = rng.randrange(0, 4)
        quotes.append(" ".join(words[start:start + rng.randint(4, 7)]))
        # a quote with one word misspelt: only partial_ratio sees it as (nearly) contained
        misspelt = list(words[start:start + 6])
        misspelt[2] = misspelt[2][:-1] + "x"
        quotes.append(" ".join(misspelt))
    keys = [claim_key(t, language="id") for t in texts + quotes]
    partial_decided = 0
    for a in keys[::3]:
        for b in keys:
            result = compare(a, b)
            assert compare_score(a, b) == result.score
            s = result.explanation["scores"]
            others = max(s["ratio"], s["token_sort_ratio"], s["token_set_ratio"] * s["set_guard"])
            partial_decided += s["combined"] > others + 0.5
    # the pairs where partial_ratio sets the score, which compare_score computes only there
    assert partial_decided > 50


def test_the_benchmark_brute_force_finds_every_match_scoring_every_pair_finds():
    # bench_reconcile.brute_matches scores only the claims a cheap test lets through; the recall
    # figures of docs/benchmarks.md rest on it finding what score_many over every claim finds.
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))
    from bench_matching import generate
    from bench_reconcile import brute_matches

    from claims.matching.scoring import MATCH, decide_pair

    keys = [claim_key(t, language=lang, speaker=sp) for t, lang, sp, _label in generate(1500, seed=11)[0]]
    queries = list(range(0, len(keys), 25))
    found = brute_matches([keys[q] for q in queries], keys, workers=1)
    pairs = 0
    for q, got in zip(queries, found, strict=True):
        scores = score_many(keys[q], keys)
        want = {j for j in range(len(keys)) if j != q and scores[j] >= th.AUTO_MATCH
                and decide_pair(keys[q], keys[j], round(float(scores[j]), 2)) == MATCH}
        assert got == want
        pairs += len(want)
    assert pairs > 20
