"""Word-for-word glosses across languages: the corroboration of a translation below the bar."""

import numpy as np

from claims.matching import thresholds as th
from claims.matching.clustering import EDGE_MATCH, EDGE_MATCH_GUARDED, EDGE_SUGGEST, Edges, resolve
from claims.matching.glossary import en_stem, translated_overlap
from claims.matching.keys import claim_key
from claims.matching.scoring import MATCH, NONE, SPEAKER_DIFFERENT, SPEAKER_SAME, SUGGEST
from claims.matching.semantic import semantic_decision


def test_english_words_meet_their_lemma():
    for inflected, lemma in (("injured", "injure"), ("buried", "bury"), ("houses", "house"),
                             ("stopped", "stop"), ("triggered", "trigger"), ("caused", "cause")):
        assert en_stem(inflected) == en_stem(lemma), inflected


def test_a_translation_shares_its_glossed_words_and_another_claim_of_the_story_does_not():
    source = claim_key("longsor dipicu oleh penebangan liar di perbukitan", language="id")
    translation = claim_key("illegal logging had caused the landslide", language="en")
    other = claim_key("the regency would need 10 billion rupiah to rebuild damaged homes", language="en")
    assert translated_overlap(source, translation) >= th.GLOSSED_OVERLAP_CROSS
    assert translated_overlap(translation, source) == translated_overlap(source, translation)
    assert translated_overlap(source, other) < th.GLOSSED_OVERLAP_CROSS


def test_a_loanword_written_alike_is_met_and_died_meets_its_lemma():
    source = claim_key("Butet mati akibat pneumonia akut atau radang paru-paru", language="id")
    translation = claim_key("A necropsy found she died of acute pneumonia", language="en")
    assert translated_overlap(source, translation) >= th.GLOSSED_FLOOR_CROSS
    # a word without a gloss that the other claim does not write is no evidence either way
    other = claim_key("The zoo said it fed the animals three times a day", language="en")
    assert translated_overlap(source, other) < th.GLOSSED_FLOOR_CROSS


def test_no_gloss_within_one_language_or_without_a_word_list():
    a = claim_key("illegal logging caused the landslide", language="en")
    assert translated_overlap(a, claim_key("logging caused it", language="en")) is None
    assert translated_overlap(a, claim_key("la tala ilegal causó el deslizamiento", language="es")) is None
    assert translated_overlap(a, claim_key("penebangan liar", language=None)) is None


def test_glossed_words_corroborate_a_translation_below_the_bar_but_never_override_a_safeguard():
    cos = th.GLOSSED_CROSS_COSINE + 0.01
    kw = {"same_language": False, "fired": [], "translated_overlap": th.GLOSSED_OVERLAP_CROSS}
    assert semantic_decision(cos, speaker=SPEAKER_SAME, **kw) == MATCH
    assert semantic_decision(cos, speaker=SPEAKER_DIFFERENT, **kw) != MATCH
    assert semantic_decision(cos, speaker=SPEAKER_SAME, **{**kw, "fired": ["negation_mismatch"]}) != MATCH
    assert semantic_decision(cos, speaker=SPEAKER_SAME, **{**kw, "translated_overlap": 0.2}) == NONE
    assert semantic_decision(th.GLOSSED_CROSS_COSINE - 0.01, speaker=SPEAKER_SAME, **kw) == NONE


def test_across_languages_no_meaning_rule_matches_when_hardly_a_word_translates():
    kw = {"same_language": False, "fired": [], "speaker": SPEAKER_SAME}
    low = th.GLOSSED_FLOOR_CROSS - 0.05
    # each other's closest claim, or a cosine above the bar: a suggestion only
    assert semantic_decision(th.MUTUAL_BEST_CROSS_COSINE + 0.01, mutual_best=True, translated_overlap=low, **kw) != MATCH
    assert semantic_decision(th.MUTUAL_BEST_CROSS_COSINE + 0.01, mutual_best=True, translated_overlap=0.4, **kw) == MATCH
    assert semantic_decision(th.SEMANTIC_AUTO_MATCH_CROSS + 0.01, translated_overlap=low, **kw) == SUGGEST
    assert semantic_decision(th.SEMANTIC_AUTO_MATCH_CROSS + 0.01, translated_overlap=None, **kw) == MATCH
    # a figure both state still matches (`10.295` / `10,295`)
    assert semantic_decision(th.SHARED_FIGURES_CROSS_COSINE + 0.01, translated_overlap=low, shared_figures=["10295"],
                             figure_share=1.0, **kw) == MATCH


def _edges(rows):
    a, b, score, kind = zip(*rows)
    return Edges(np.array(a), np.array(b), np.array(score, dtype=float), np.array(kind, dtype=np.int8))


def test_a_guarded_match_joins_two_groups_only_when_the_guard_allows_it():
    # 0-1 and 2-3 are sure matches; 1-2 only corroborated
    edges = _edges([(0, 1, 95.0, EDGE_MATCH), (2, 3, 95.0, EDGE_MATCH), (1, 2, 87.0, EDGE_MATCH_GUARDED)])
    asked = []

    def refuse(group_a, group_b):
        asked.append((sorted(group_a), sorted(group_b)))
        return False

    apart = resolve(4, edges, guard=refuse)
    assert apart.labels == [0, 0, 1, 1]
    assert asked == [([0, 1], [2, 3])]  # whole groups, not the two claims
    assert apart.guarded_apart == [(1, 2, 87.0)] and apart.suggestions == [(1, 2, 87.0)]
    together = resolve(4, edges, guard=lambda a, b: True)
    assert together.labels == [0, 0, 0, 0] and together.suggestions == []
    assert resolve(4, edges).labels == [0, 0, 0, 0]  # no guard: a match like any other


def test_a_sure_match_of_a_pair_wins_over_its_guarded_one():
    edges = Edges.concat([_edges([(0, 1, 87.0, EDGE_MATCH_GUARDED)]), _edges([(0, 1, 91.0, EDGE_MATCH)]),
                          _edges([(0, 1, 70.0, EDGE_SUGGEST)])])
    assert edges.kind.tolist() == [EDGE_MATCH]
