from claims.matching.entities import canonical_names
from claims.matching.keys import claim_key
from claims.matching.scoring import compare


def names(text, language="id"):
    return canonical_names(claim_key(text, language=language).names)


def test_a_capital_and_the_country_it_stands_for_are_one_name():
    assert names("Kata dia, Pyongyang mengirim peluru ke Moskow") == names(
        "Kata dia, Korea Utara mengirim peluru ke Rusia") == frozenset({"=north korea", "=russia"})


def test_english_demonyms_name_their_country():
    assert names("He said North Korean troops had crossed into Russian territory", "en") >= {
        "=north korea", "=russia"}


def test_the_longest_alias_takes_its_words_and_other_words_stay():
    assert names("Kata dia, Korea Utara dan Korea Selatan bertemu Ahmad") == frozenset(
        {"=north korea", "=south korea", "ahmad"})


def test_short_acronyms_are_not_read_into_names():
    # `Un` of Kim Jong Un is not the UN
    assert "=united nations" not in names("She said Kim Jong Un would meet him", "en")
    assert "un" in names("She said Kim Jong Un would meet him", "en")


def test_a_capital_for_its_country_fires_no_name_safeguard():
    speaker = "South Korean intelligence"
    a = claim_key("Korea Utara sudah mengirimkan lebih dari 1 juta peluru artileri ke Rusia",
                  language="id", speaker=speaker)
    b = claim_key("Korea Utara telah memasok lebih dari satu juta peluru artileri ke Moskow",
                  language="id", speaker=speaker)
    c = claim_key("Korea Utara telah memasok lebih dari satu juta peluru artileri ke Iran",
                  language="id", speaker=speaker)
    assert "name_mismatch" not in compare(a, b).explanation["safeguards"]
    assert "name_mismatch" in compare(a, c).explanation["safeguards"]


def test_a_name_inside_a_longer_alias_does_not_make_a_conflict():
    # `the North` against `North Korea`: before, {north} was inside the other's names
    a = claim_key("Peskov said the Russian leader will visit the North soon", language="en")
    b = claim_key("Peskov said Russian President Vladimir Putin will visit North Korea soon", language="en")
    assert "name_mismatch" not in compare(a, b).explanation["safeguards"]
