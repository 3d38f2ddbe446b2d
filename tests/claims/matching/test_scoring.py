import json

from claims.matching import thresholds as th
from claims.matching.keys import claim_key
from claims.matching.scoring import MATCH, NONE, SUGGEST, compare

BASE_ID = "Korea Utara sudah mengirimkan lebih dari 1 juta peluru artileri ke Rusia sejak Agustus"
BASE_EN = "North Korea has shipped more than a million artillery shells to Russia since August"


def key(text, language="id", speaker="National Intelligence Service"):
    return claim_key(text, language=language, speaker=speaker)


def test_a_light_rewording_of_the_same_claim_is_an_automatic_match():
    result = compare(
        key(BASE_ID),
        key("“Korea Utara sudah mengirimkan lebih dari satu juta peluru artileri ke Rusia "
            "sejak Agustus,”"),
    )
    assert result.decision == MATCH
    assert result.score >= th.AUTO_MATCH


def test_a_partial_quote_of_a_claim_matches_it():
    long = key(BASE_EN + ", in exchange for technical help with its satellite programme", "en")
    part = key("more than a million artillery shells to Russia since August", "en")
    assert compare(long, part).decision == MATCH


def test_a_short_claim_is_not_a_match_of_a_long_one_containing_its_words():
    long = key(
        "Putin said Russia would never abandon its partners in Pyongyang, whatever the West "
        "decides about sanctions, and that the visit to North Korea showed their friendship",
        "en",
    )
    short = key("Putin visit to North Korea", "en")
    result = compare(long, short)
    assert result.explanation["scores"]["token_set_ratio"] == 100
    assert result.decision != MATCH


def test_claims_that_differ_in_a_number_are_never_an_automatic_match():
    result = compare(key(BASE_ID), key(BASE_ID.replace("1 juta", "3 juta")))
    assert result.decision == SUGGEST
    assert "number_mismatch" in result.explanation["safeguards"]


def test_a_claim_and_its_denial_are_never_an_automatic_match():
    denial = BASE_ID.replace("sudah", "tidak")
    result = compare(key(BASE_ID), key(denial))
    assert result.decision != MATCH
    assert "negation_mismatch" in result.explanation["safeguards"]
    en = compare(key(BASE_EN, "en"), key("North Korea has never shipped more than a million "
                                            "artillery shells to Russia since August", "en"))
    assert en.decision != MATCH


def test_claims_that_differ_in_a_date_are_never_an_automatic_match():
    a = key("Putin tiba di Pyongyang pada Selasa untuk kunjungan kenegaraan dua hari")
    b = key("Putin tiba di Pyongyang pada Rabu untuk kunjungan kenegaraan dua hari")
    result = compare(a, b)
    assert result.decision == SUGGEST
    assert "date_mismatch" in result.explanation["safeguards"]


def test_a_unit_mismatch_is_flagged():
    a = key("The new missile can fly 900 km according to the test report", "en")
    b = key("The new missile can fly 550 miles according to the test report", "en")
    result = compare(a, b)
    assert "unit_mismatch" in result.explanation["safeguards"]
    assert result.decision != MATCH


def test_different_known_speakers_give_at_most_a_suggestion():
    result = compare(key(BASE_ID, speaker="Dmitry Peskov"), key(BASE_ID, speaker="Kim Jong Un"))
    assert result.decision == SUGGEST
    assert result.explanation["speaker"]["result"] == "different"


def test_an_unknown_speaker_is_compatible_with_any_speaker():
    result = compare(key(BASE_ID, speaker=None), key(BASE_ID, speaker="Yoo Sang-bum"))
    assert result.decision == MATCH
    assert result.explanation["speaker"]["result"] == "unknown"


def test_speaker_names_differing_only_in_hyphens_and_case_are_the_same_speaker():
    result = compare(key(BASE_ID, speaker="Shin Won-sik"), key(BASE_ID, speaker="shin wonsik"))
    assert result.explanation["speaker"]["result"] == "same"
    assert result.decision == MATCH


def test_unrelated_claims_are_not_matched():
    result = compare(key(BASE_ID), key("Harga beras di pasar induk naik dua kali lipat bulan ini"))
    assert result.decision == NONE


def test_the_explanation_holds_each_scorer_shared_tokens_speaker_and_safeguards():
    result = compare(key(BASE_ID), key(BASE_ID.replace("1 juta", "3 juta")))
    exp = result.explanation
    assert set(exp["scores"]) >= {
        "ratio", "partial_ratio", "token_sort_ratio", "token_set_ratio", "combined",
    }
    assert {"peluru", "artileri"} <= set(exp["shared_rare_tokens"])
    assert exp["speaker"] == {
        "result": "same", "a": "National Intelligence Service",
        "b": "National Intelligence Service",
    }
    assert exp["safeguards"] == ["number_mismatch"]
    assert json.loads(json.dumps(result.as_dict())) == result.as_dict()


def test_shared_rare_tokens_are_ordered_by_document_frequency_when_given():
    df = {"artileri": 1, "peluru": 5}
    result = compare(key(BASE_ID), key(BASE_ID), doc_freq=lambda t: df.get(t, 1000))
    assert result.explanation["shared_rare_tokens"][:2] == ["artileri", "peluru"]
