from claims.matching.keys import claim_key
from claims.matching.normalise import is_description, normalise, speaker_key


def test_it_casefolds_and_removes_quotes_and_punctuation():
    assert normalise("“Kunjungan  tersebut”, sedang DIPERSIAPKAN!", "id") == (
        "kunjungan tersebut sedang dipersiapkan"
    )


def test_it_applies_nfkc_so_compatibility_characters_compare_equal():
    assert normalise("ﬁnal Ｐutin", "en") == "final putin"


def test_it_turns_number_words_into_digits_in_both_languages():
    assert normalise("lebih dari satu juta peluru", "id") == "lebih dari 1000000 peluru"
    assert normalise("more than a million shells", "en") == "more than 1000000 shells"
    assert normalise("1 juta peluru", "id") == normalise("sejuta peluru", "id")


def test_it_reads_separators_by_language():
    assert normalise("1.000.000 dan 1,5 juta", "id") == "1000000 dan 1500000"
    assert normalise("1,000,000 and 1.5 million", "en") == "1000000 and 1500000"


def test_it_reads_compound_number_words():
    assert normalise("dua ratus dua puluh lima ribu", "id") == "225000"
    assert normalise("one hundred and five", "en") == "105"
    assert normalise("dua belas", "id") == "12"


def test_it_splits_hyphens_and_expands_negative_contractions():
    assert normalise("Kim Jong-un didn't go", "en") == "kim jong un did not go"


def test_speaker_names_compare_loosely():
    assert speaker_key("Shin Won-sik") == speaker_key("shin  wonsik")
    assert speaker_key(None) == frozenset()


def test_claim_key_separates_dates_from_quantities():
    key = claim_key("Pada Selasa (18/6) Korut mengirim 10 kapal sejak Agustus 2023", language="id")
    assert key.numbers == frozenset({"10"})
    assert {"wd:tue", "dm:18-6", "m:8", "y:2023"} <= key.dates


def test_a_year_like_number_without_a_year_word_before_it_is_a_number_too():
    assert claim_key("Korut mengirim 2000 peluru", language="id").numbers == frozenset({"2000"})
    assert claim_key("the 2024 election", language="en").dates == frozenset({"y:2024"})
    for text, language in (("sejak 2023", "id"), ("tahun 2000", "id"), ("in 2024", "en"),
                           ("Agustus 2023", "id"), ("throughout 2024", "en")):
        key = claim_key(text, language=language)
        assert key.numbers == frozenset(), text
        assert key.dates >= {f"y:{text[-4:]}"}, text


def test_claim_key_reads_units_and_negation():
    key = claim_key("Rudal itu tidak terbang 900 km", language="id")
    assert (900.0, "length", "km") in key.quantities
    assert key.negated


def test_claim_key_round_trips_through_json_form():
    key = claim_key("Moscow denied sending 3 million shells on Monday", language="en", speaker="X")
    assert type(key).from_dict(key.to_dict()) == key


def test_a_described_speaker_names_nobody():
    for described in ("The official", "a police spokesman", "the country's disaster agency",
                      "South Korean intelligence", "Pihak perusahaan", "majelis hakim"):
        assert is_description(described), described
    for named in ("National Disaster Management Agency", "Badan Intelijen Korea Selatan", "BMKG",
                  "Kementerian Lingkungan Hidup", "Dmitry Peskov", None, ""):
        assert not is_description(named), named


def test_a_number_that_names_a_thing_is_no_quantity():
    key = claim_key("Pesawat GA 617 membawa 152 penumpang, kereta KRL nomor 351 tertahan di KM 166", language="id")
    assert key.numbers == frozenset({"152"})
    assert claim_key("Pasal 27 ayat 3 UU ITE melarang 2 hal", language="id").numbers == frozenset({"2"})
    # a currency code before a figure still gives a quantity
    assert claim_key("harga naik menjadi USD 5 per liter", language="id").numbers == frozenset({"5"})


def test_a_code_in_capitals_is_no_colloquial_negation():
    assert not claim_key("Pesawat GA 617 kembali ke Makassar", language="id").negated
    assert claim_key("saya ga tahu soal itu", language="id").negated


def test_a_numbering_is_no_negation():
    assert not claim_key("in accordance with Transport Minister Regulation No. 89 of 2015", language="en").negated
    assert not claim_key("under Law No.5/2017 on culture", language="en").negated
    assert claim_key("there is no evidence of a fault", language="en").negated
    assert claim_key("No, the outage was not caused by PLN", language="en").negated


def test_an_acronym_of_common_words_names_nothing():
    key = claim_key("50 persen aparatur sipil negara (ASN) Pemprov DKI bekerja dari rumah (work from home/WFH)",
                    language="id")
    assert key.names == frozenset({"pemprov", "dki"})
    # a body's acronym after its capitalised name is a name
    assert "bps" in claim_key("data Badan Pusat Statistik (BPS) menunjukkan", language="id").names
