from hypothesis import given, settings
from hypothesis import strategies as st

from claims.matching.clustering import cluster, match_one
from claims.matching.index import CandidateIndex
from claims.matching.keys import claim_key
from claims.matching.scoring import MATCH

CLAIM = "Korea Utara sudah mengirimkan lebih dari 1 juta peluru artileri ke Rusia sejak Agustus"


def _keys(texts):
    return [claim_key(t, language="id", speaker=None) for t in texts]


def test_near_duplicates_form_one_cluster_and_unrelated_claims_their_own():
    keys = _keys([
        CLAIM,
        "“Korea Utara sudah mengirimkan lebih dari satu juta peluru artileri ke Rusia "
        "sejak Agustus”",
        "Korea Utara mengirimkan lebih dari 1 juta peluru artileri ke Rusia sejak Agustus",
        "Harga cabai di pasar induk naik dua kali lipat menjelang Lebaran",
    ])
    labels = cluster(keys).labels
    assert labels[0] == labels[1] == labels[2]
    assert labels[3] != labels[0]


def test_a_cannot_link_is_never_violated_even_transitively():
    # a~b and b~c are automatic matches; a and c are marked as different claims by a checker,
    # so b can join at most one of them.
    keys = _keys([CLAIM, CLAIM + " lalu", CLAIM + " lalu,"])
    result = cluster(keys, cannot_link=[(0, 2)])
    labels = result.labels
    assert labels[0] != labels[2]
    assert result.blocked  # the merge that would have joined them is reported


def test_a_must_link_joins_claims_the_scorer_keeps_apart():
    keys = _keys([CLAIM, "Pyongyang memasok amunisi untuk perang di Ukraina"])
    assert cluster(keys).labels[0] != cluster(keys).labels[1]
    assert cluster(keys, must_link=[(0, 1)]).labels == [0, 0]


def test_a_must_link_that_contradicts_a_cannot_link_is_rejected():
    keys = _keys([CLAIM, CLAIM + " lalu", "Harga cabai naik"])
    result = cluster(keys, must_link=[(1, 2), (0, 2)], cannot_link=[(0, 1)])
    assert result.labels[0] != result.labels[1]
    assert result.rejected_must_links == [(0, 2)]


def test_numbers_that_differ_give_a_suggestion_not_a_merge():
    keys = _keys([CLAIM, CLAIM.replace("1 juta", "3 juta")])
    result = cluster(keys)
    assert result.labels == [0, 1]
    assert [(a, b) for a, b, _s in result.suggestions] == [(0, 1)]


def test_online_matching_returns_the_best_match_first_with_its_explanation():
    keys = _keys([
        "Harga cabai di pasar induk naik dua kali lipat menjelang Lebaran",
        CLAIM.replace("1 juta", "3 juta"),
        CLAIM + " lalu",
    ])
    index = CandidateIndex()
    for i, k in enumerate(keys):
        index.add(i, k)
    results = match_one(claim_key(CLAIM, language="id"), index, keys.__getitem__)
    assert results[0][0] == 2 and results[0][1].decision == MATCH
    assert [cid for cid, _r in results] == [2, 1]
    assert "scores" in results[0][1].explanation


def test_a_claim_without_the_number_does_not_chain_two_different_numbers_together():
    keys = _keys([
        CLAIM,
        CLAIM.replace("1 juta", "3 juta"),
        CLAIM.replace("1 juta ", ""),  # matches both: it states no number
    ])
    labels = cluster(keys).labels
    assert labels[0] != labels[1]


@settings(max_examples=60, deadline=None)
@given(
    variants=st.lists(st.sampled_from(["", " lalu", " itu", ",", " kemarin lalu"]), min_size=2,
                      max_size=7),
    data=st.data(),
)
def test_cannot_links_hold_for_any_set_of_near_duplicates(variants, data):
    keys = _keys([CLAIM + v for v in variants])
    n = len(keys)
    pairs = st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda p: p[0] != p[1])
    cannot = data.draw(st.lists(pairs, max_size=4))
    labels = cluster(keys, cannot_link=cannot).labels
    assert all(labels[a] != labels[b] for a, b in cannot)


def test_a_fragment_without_names_does_not_chain_two_different_claims():
    # Two seizures at different ports, by different speakers (at most a suggestion), and a
    # fragment of stock phrases without its port or speaker: it used to match both and chain
    # them into one cluster; the fragment rule of scoring makes both pairs suggestions.
    keys = [
        claim_key("Polisi menyita 40 kilogram sabu di Pelabuhan Belawan pada Senin malam, "
                  "menjelang libur akhir tahun dan kedatangan kapal dari Malaysia",
                  language="id", speaker="Polda Sumatera Utara"),
        claim_key("Petugas gabungan menyita 40 kilogram sabu di Pelabuhan Batam pada Senin malam, "
                  "menjelang libur akhir tahun, bersama aparat bea cukai dan penjaga pantai",
                  language="id", speaker="Polda Kepulauan Riau"),
        claim_key("menyita 40 kilogram sabu di pelabuhan pada Senin malam menjelang libur akhir "
                  "tahun", language="id", speaker=None),
    ]
    result = cluster(keys)
    assert len(set(result.labels)) == 3
    assert {(a, b) for a, b, _s in result.suggestions} >= {(0, 2), (1, 2)}
