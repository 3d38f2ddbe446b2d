import dataclasses
import json

from claims.matching import thresholds as th
from claims.matching.keys import ClaimKey, claim_key
from claims.matching.scoring import (
    FRAGMENT,
    MATCH,
    NONE,
    SUGGEST,
    compare,
    compare_score,
    decide_pair,
)

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


def test_a_count_that_reads_like_a_year_still_keeps_two_claims_apart():
    troops = "Militer mengerahkan 2000 tentara ke perbatasan utara sejak pekan lalu"
    result = compare(key(troops), key(troops.replace("2000", "3000")))
    assert result.decision == SUGGEST
    assert result.explanation["safeguard_details"]["numbers"] == {"a": ["2000"], "b": ["3000"]}


def test_a_year_a_partial_quote_leaves_out_is_no_number_mismatch():
    full = key("Pada 2023 Korea Utara mengirim 10 kapal ke Rusia", speaker=None)
    partial = key("Korea Utara mengirim 10 kapal ke Rusia", speaker=None)
    assert "number_mismatch" not in compare(full, partial).explanation["safeguards"]


def test_a_claim_and_its_denial_are_never_an_automatic_match():
    denial = BASE_ID.replace("sudah", "tidak")
    result = compare(key(BASE_ID), key(denial))
    assert result.decision != MATCH
    assert "negation_mismatch" in result.explanation["safeguards"]
    en = compare(key(BASE_EN, "en"), key("North Korea has never shipped more than a million "
                                            "artillery shells to Russia since August", "en"))
    assert en.decision != MATCH


def test_without_negates_a_phrase_not_the_claim():
    # the hoax says `without` and its debunk says `no`: they are a claim and its denial
    hoax = key("boiled papaya leaves can cure dengue in 24 hours without a hospital visit", "en")
    debunk = key("There is no scientific evidence that boiled papaya leaves can cure dengue in 24 hours", "en")
    assert "negation_mismatch" in compare(hoax, debunk).explanation["safeguards"]
    hoax = key("rebusan daun pepaya dapat menyembuhkan DBD dalam 24 jam tanpa perlu dirawat di rumah sakit")
    debunk = key("Tidak ada bukti ilmiah bahwa rebusan daun pepaya bisa menyembuhkan DBD dalam 24 jam")
    assert "negation_mismatch" in compare(hoax, debunk).explanation["safeguards"]
    # a verdict on the claim is a denial of it
    verdict = key("rebusan daun pepaya dan air kelapa dapat menyembuhkan DBD dalam 24 jam merupakan hoaks")
    assert "negation_mismatch" in compare(hoax, verdict).explanation["safeguards"]


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
    # a conversion added beside the figure is no other unit
    idr = key("the budget deficit reached Rp 371.5 trillion at the end of September", "en")
    both = key("the budget deficit reached 371.5 trillion rupiah ($22.35 billion) at the end of September", "en")
    assert "unit_mismatch" not in compare(idr, both).explanation["safeguards"]


def test_different_known_speakers_give_at_most_a_suggestion():
    result = compare(key(BASE_ID, speaker="Dmitry Peskov"), key(BASE_ID, speaker="Kim Jong Un"))
    assert result.decision == SUGGEST
    assert result.explanation["speaker"]["result"] == "different"


def test_a_surname_alone_is_compatible_with_the_full_name_that_holds_it():
    # `Peskov said` in one outlet, `Dmitry Peskov said` in another: perhaps the same person
    result = compare(key(BASE_ID, speaker="Peskov"), key(BASE_ID, speaker="Dmitry Peskov"))
    assert result.decision == MATCH and result.explanation["speaker"]["result"] == "unknown"
    # a name inside a longer writing of it (an institution or a third name before it)
    result = compare(key(BASE_ID, speaker="Tauhid Ahmad"), key(BASE_ID, speaker="Indef Tauhid Ahmad"))
    assert result.explanation["speaker"]["result"] == "unknown"
    # a middle name left out
    result = compare(key(BASE_ID, speaker="Agustinus Lamanepa"), key(BASE_ID, speaker="Agustinus Boli Lamanepa"))
    assert result.explanation["speaker"]["result"] == "unknown"
    # two full names sharing a word are two people, and so are two names of one word
    for a, b in (("Joe Biden", "Hunter Biden"), ("Peskov", "Lavrov"), ("Kim Jong Un", "Kim Yo Jong")):
        assert compare(key(BASE_ID, speaker=a), key(BASE_ID, speaker=b)).explanation["speaker"]["result"] == "different"


def test_the_post_or_video_a_claim_is_filed_under_names_no_speaker():
    # one fact-check files the hoax under `a post`, another under `sebuah video`: the same hoax
    for a, b in (("a post", "Sebuah video"), ("unggahan di media sosial", "viral videos"), ("Posts", "Yoo Sang-bum")):
        result = compare(key(BASE_ID, speaker=a), key(BASE_ID, speaker=b))
        assert result.decision == MATCH and result.explanation["speaker"]["result"] == "unknown"
    # a named account or a named outlet's video is someone
    result = compare(key(BASE_ID, speaker="Akun Facebook Budi Raharjo"), key(BASE_ID, speaker="a post"))
    assert result.explanation["speaker"]["result"] == "unknown"
    result = compare(key(BASE_ID, speaker="Akun Facebook Budi Raharjo"), key(BASE_ID, speaker="Kim Jong Un"))
    assert result.explanation["speaker"]["result"] == "different"


def test_an_unknown_speaker_is_compatible_with_any_speaker():
    result = compare(key(BASE_ID, speaker=None), key(BASE_ID, speaker="Yoo Sang-bum"))
    assert result.decision == MATCH
    assert result.explanation["speaker"]["result"] == "unknown"


def test_a_described_speaker_is_compatible_with_a_named_one():
    # one outlet's `the official` is another's named spokeswoman; the same description is the same
    for a in ("The official", "a police spokesman", "Pihak perusahaan", "South Korean intelligence"):
        result = compare(key(BASE_ID, speaker=a), key(BASE_ID, speaker="Nirwana Sitompul"))
        assert result.decision == MATCH and result.explanation["speaker"]["result"] == "unknown", a
    result = compare(key(BASE_ID, speaker="Surabaya police"), key(BASE_ID, speaker="Surabaya Police"))
    assert result.explanation["speaker"]["result"] == "same"
    # a body's name is no description
    result = compare(key(BASE_ID, speaker="National Disaster Management Agency"), key(BASE_ID, speaker="BMKG"))
    assert result.explanation["speaker"]["result"] == "different"


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


# The fragment rule (scoring.fragment_check): a piece of a claim that lost its place or person
# reaches AUTO_MATCH against another claim through partial_ratio / token_set_ratio alone, on
# stock phrases; nothing ties it to that claim rather than to any other with the same phrases.
SEIZURE_ID = ("Polisi menyita 40 kilogram sabu di Pelabuhan Belawan pada Senin malam, menjelang "
              "libur akhir tahun dan kedatangan kapal dari Malaysia")
SEIZURE_EN = ("Officials in Surabaya seized 40 kilograms of methamphetamine at the port on Monday "
              "night, ahead of the year-end holidays and the arrival of ships from Malaysia")


def _fragment_pair(long_text, fragment, language):
    return (claim_key(long_text, language=language, speaker="Kepolisian Daerah"),
            claim_key(fragment, language=language, speaker=None))


def test_a_fragment_without_the_claims_names_is_only_a_suggestion():
    for long_text, fragment, language in (
        (SEIZURE_ID, "menyita 40 kilogram sabu di pelabuhan pada Senin malam menjelang libur "
                     "akhir tahun", "id"),
        (SEIZURE_EN, "seized 40 kilograms of methamphetamine at a port on Monday night ahead of "
                     "the year-end holidays", "en"),
    ):
        a, b = _fragment_pair(long_text, fragment, language)
        result = compare(a, b)
        scores = result.explanation["scores"]
        # It reaches the match threshold through the partial/subset scorers only...
        assert result.score >= th.AUTO_MATCH
        assert max(scores["ratio"], scores["token_sort_ratio"]) < th.AUTO_MATCH
        # ...and is held back, with the reason in the explanation.
        assert result.decision == SUGGEST
        assert result.explanation["safeguards"] == [FRAGMENT]
        details = result.explanation["safeguard_details"]["fragment"]
        assert details["reason"]
        assert details["partial_ratio"] < 100
        assert details["names"]["b"] == []
        assert decide_pair(a, b, compare_score(a, b)) == SUGGEST
        assert decide_pair(b, a, compare_score(b, a)) == SUGGEST
        assert json.loads(json.dumps(result.as_dict())) == result.as_dict()


def test_a_verbatim_first_half_quote_still_matches_the_whole_claim():
    for long_text, half, language in (
        ("Indonesia tidak akan bergabung dengan blok militer mana pun, kata Prabowo di hadapan "
         "para duta besar di Jakarta", "Indonesia tidak akan bergabung dengan blok militer mana pun",
         "id"),
        ("Indonesia will not join any military bloc, Prabowo told ambassadors gathered in "
         "Jakarta on Tuesday", "Indonesia will not join any military bloc", "en"),
    ):
        a = claim_key(long_text, language=language, speaker="Prabowo Subianto")
        b = claim_key(half, language=language, speaker=None)
        assert b.names == frozenset() and a.names  # the names are in the half that was cut
        result = compare(a, b)
        assert result.decision == MATCH
        assert FRAGMENT not in result.explanation["safeguards"]
        assert decide_pair(a, b, compare_score(a, b)) == MATCH


def test_a_fragment_that_keeps_a_name_of_the_claim_still_matches():
    a, b = _fragment_pair(
        SEIZURE_EN, "seized 40 kilograms of methamphetamine at the port in Surabaya on Monday "
                    "night ahead of the holidays", "en")
    result = compare(a, b)
    assert max(result.explanation["scores"]["ratio"],
               result.explanation["scores"]["token_sort_ratio"]) < th.AUTO_MATCH
    assert result.decision == MATCH
    assert decide_pair(a, b, compare_score(a, b)) == MATCH


def test_a_partial_quote_between_claims_without_names_still_matches():
    long = key("Harga beras di pasar tradisional akan naik sekitar sepuluh persen menjelang "
               "bulan puasa karena pasokan dari petani berkurang")
    part = key("harga beras di pasar akan naik sekitar sepuluh persen menjelang bulan puasa",
               speaker=None)
    result = compare(long, part)
    assert result.explanation["scores"]["partial_ratio"] < 100
    assert result.decision == MATCH


def test_names_of_a_kind_of_place_or_office_are_not_shared_names():
    # "Kabupaten" / "Presiden" are capitalised but say nothing about which district or
    # president: a fragment that shares only them is still a fragment.
    a, b = _fragment_pair(
        "Presiden Jokowi meresmikan 12 jembatan gantung di Kabupaten Garut pada Kamis pagi, "
        "sebagai bagian dari program padat karya di desa terpencil",
        "meresmikan 12 jembatan gantung di Kabupaten pada Kamis sebagai bagian dari program padat",
        "id")
    assert "kabupaten" in a.names & b.names
    result = compare(a, b)
    assert result.score >= th.AUTO_MATCH
    assert result.decision == SUGGEST
    assert FRAGMENT in result.explanation["safeguards"]


def test_a_fragment_by_the_same_known_speaker_still_matches():
    # The fragment rule leaves the words alone when both outlets name the same speaker: that
    # ties the fragment to this claim rather than to any other with the same phrases.
    a = claim_key(SEIZURE_EN, language="en", speaker="Surabaya police")
    b = claim_key("seized 40 kilograms of methamphetamine at a port on Monday night ahead of "
                  "the year-end holidays", language="en", speaker="Surabaya Police")
    result = compare(a, b)
    assert result.explanation["speaker"]["result"] == "same"
    assert result.decision == MATCH
    assert decide_pair(a, b, compare_score(a, b)) == MATCH


def test_a_spokesperson_is_compatible_with_the_body_the_mention_says_they_speak_for():
    text = "The ship's manifest listed 176 passengers and 14 crew members when it left port"
    spokesman = claim_key(text, language="en", speaker="Hendra Wibisono",
                          speaker_mention="Hendra Wibisono, director general at the Transportation Ministry")
    ministry = claim_key(text, language="en", speaker="Transportation Ministry")
    result = compare(spokesman, ministry)
    assert result.explanation["speaker"]["result"] == "unknown" and result.decision == MATCH
    who = claim_key(text, language="en", speaker="Helena Marsh", speaker_mention="Helena Marsh, the WHO's representative")
    assert compare(who, claim_key(text, language="en", speaker="World Health Organization")).decision == MATCH
    for language, speaker, mention, body, expected in (
        # ... under any name the gazetteer knows the body by
        ("id", "Rahmat Nugroho", "Juru Bicara Kementerian Perhubungan Rahmat Nugroho",
         "Ministry of Transportation (Indonesia)", "unknown"),
        ("id", "Rahmat Nugroho", "Juru Bicara Kementerian Perhubungan Rahmat Nugroho", "Kementerian Perhubungan", "unknown"),
        ("id", "Amalia Widyasanti", "Kepala BPS Amalia Widyasanti", "Statistics Indonesia", "unknown"),
        ("id", "Amalia Widyasanti", "Kepala BPS Amalia Widyasanti", "Ministry of Transportation (Indonesia)", "different"),
        # a company's spokesperson speaks for it under its legal name (`PT ... Tbk`), by its initials
        # (`KAI`), or with where it sits and its holding suffix left out
        ("id", "Dewi Ratnasari", "VP Corporate Secretary Garuda Indonesia Dewi Ratnasari",
         "PT Garuda Indonesia (Persero) Tbk", "unknown"),
        ("en", "Dimas Prakoso", "KAI's vice president of public relations, Dimas Prakoso", "PT Kereta Api Indonesia", "unknown"),
        ("en", "Andi Siregar", "Chief of Public Affairs at Grab Indonesia, Andi Siregar", "Singapore-based Grab Holdings",
         "unknown"),
        # a minister speaks for the ministry, and for no other
        ("en", "Arif Halim", "Health Minister Arif Halim", "Ministry of Health (Indonesia)", "unknown"),
        ("id", "Arif Halim", "Menteri Kesehatan Arif Halim", "Kementerian Kesehatan", "unknown"),
        ("en", "Arif Halim", "Health Minister Arif Halim", "Ministry of Finance", "different"),
    ):
        person = claim_key(text, language=language, speaker=speaker, speaker_mention=mention)
        result = compare(person, claim_key(text, language=language, speaker=body))
        assert result.explanation["speaker"]["result"] == expected, (mention, body)
    # a leader is not the state media that reports him
    kim = claim_key(text, language="en", speaker="Kim Jong Un", speaker_mention="North Korean leader Kim Jong Un")
    result = compare(kim, claim_key(text, language="en", speaker="KCNA"))
    assert result.explanation["speaker"]["result"] == "different" and result.decision == SUGGEST


def test_a_negation_of_a_word_the_other_claim_does_not_say_is_no_denial_of_it():
    kept = compare(key("harga Pertalite tidak berubah dan tetap Rp 10.000 per liter"),
                   key("harga Pertalite tetap Rp 10.000 per liter"))
    assert "negation_mismatch" not in kept.explanation["safeguards"]
    assert kept.decision == MATCH
    # the negated word in the other claim, or one of its stem: a denial
    for plain in ("Korea Utara mengirimkan peluru artileri ke Rusia", "Korea Utara mengirim peluru artileri ke Rusia"):
        denied = compare(key("Korea Utara tidak mengirimkan peluru artileri ke Rusia"), key(plain))
        assert "negation_mismatch" in denied.explanation["safeguards"]
    shipped = compare(key("North Korea never shipped shells to Russia", "en"),
                      key("North Korea has been shipping shells to Russia", "en"))
    assert "negation_mismatch" in shipped.explanation["safeguards"]


def test_across_languages_a_negation_fires_when_the_negated_word_glossed_is_said_or_cannot_be_told():
    def fires(a, b):
        return "negation_mismatch" in compare(key(a, "id"), key(b, "en")).explanation["safeguards"]

    # the glosses of the negated word are in the other claim: a denial, either side negated
    assert fires("Korea Utara tidak mengirim peluru ke Rusia", "North Korea sent shells to Russia")
    assert fires("Korea Utara mengirim peluru ke Rusia", "North Korea did not send shells to Russia")
    assert fires("harga BBM tidak naik bulan ini", "fuel prices rose this month")
    # how or when is negated, not what (`tidak pernah`): the scope cannot be told
    assert fires("Korea Utara tidak pernah mengirim peluru ke Rusia", "North Korea sent shells to Russia")
    # the negation is about something the other claim does not say
    assert not fires("Modal habis, utang ke toke pakan belum lunas", "My capital is gone, and I still owe the feed supplier")
    assert not fires("harga Pertalite tidak berubah", "the Pertalite price stays the same")
    assert not fires("ASN yang belum berkeluarga akan diprioritaskan", "unmarried civil servants would be prioritised")
    # `unable to` negates the verb after it
    assert not fires("QR code tidak bisa dipindai di banyak SPBU", "drivers were unable to scan their QR codes")
    # a word the other claim says is missing (`without controls`) is negated there too
    assert not fires("Kalau tidak dikendalikan, kuota bisa habis sebelum akhir tahun",
                     "without controls, the quota could run out before the end of the year")
    assert fires("Kalau tidak dikendalikan, kuota bisa habis sebelum akhir tahun",
                 "with controls, the quota could run out before the end of the year")


def test_a_negation_of_unknown_scope_always_fires():
    stored_before = dataclasses.replace(key("harga Pertalite tidak berubah dan tetap Rp 10.000 per liter"),
                                        negated_words=None)
    assert "negation_mismatch" in compare(stored_before, key("harga Pertalite tetap Rp 10.000 per liter")
                                          ).explanation["safeguards"]


def test_a_denied_claim_is_negated_like_the_claim_its_denial_states():
    # `Nurhadi membantah adanya kebocoran` stores `adanya kebocoran` with stance deny
    denied = claim_key("adanya kebocoran dari sistem BPS", language="id", speaker="Nurhadi Santoso", stance="deny")
    stated = claim_key("tidak ada kebocoran dari sistem BPS", language="id", speaker="Nurhadi Santoso")
    assert denied.negated and "negation_mismatch" not in compare(denied, stated).explanation["safeguards"]
    # ... and not the claim it denies
    claimed = claim_key("adanya kebocoran dari sistem BPS", language="id", speaker="Nurhadi Santoso")
    assert "negation_mismatch" in compare(denied, claimed).explanation["safeguards"]
    assert compare(denied, claimed).decision != MATCH
    # a denial of a negated text keeps the text's own reading
    double = claim_key("Korea Utara tidak mengirim peluru", language="id", stance="deny")
    assert double.negated_words == frozenset({"mengirim"})


def test_clock_times_compare_on_a_24_hour_clock():
    times = {
        "erupsi terjadi pukul 22.47 WITA": {"t:22:47"},
        "erupted at 10:47 pm (1447 GMT) on Monday": {"t:22:47", "t:14:47"},
        "Putin landed shortly after 2 a.m. on Wednesday": {"t:2:00"},
        "the talks began at 12:30 a.m.": {"t:0:30"},
        "at 12:15 p.m.": {"t:12:15"},
        "ditutup hingga Senin pukul 08.00 karena abu vulkanik": {"t:8:00"},
    }
    for text, expected in times.items():
        k = claim_key(text, language="en")
        assert expected <= k.dates and not {d for d in k.dates if d.startswith("t:")} - expected, text
        assert not k.numbers, text  # a time is no count
    late = compare(claim_key("status Awas berlaku Senin pukul 23.30 WITA", language="id"),
                   claim_key("level four, effective 11:30 pm on Monday", language="en"))
    assert "date_mismatch" not in late.explanation["safeguards"]
    early = compare(claim_key("status Awas berlaku Senin pukul 11.30 WITA", language="id"),
                    claim_key("level four, effective 11:30 pm on Monday", language="en"))
    assert "date_mismatch" in early.explanation["safeguards"]


def test_a_figure_a_count_moved_from_is_not_the_claim_s_figure():
    updated = claim_key("189 people had been rescued, up from 182 a day earlier", language="en")
    assert updated.numbers == frozenset({"189"})
    earlier = compare(claim_key("Rescuers pulled 182 people from the water", language="en"), updated)
    assert "number_mismatch" in earlier.explanation["safeguards"] and earlier.decision != MATCH
    same = compare(claim_key("korban selamat kini tercatat 189 orang, bertambah dari 182 orang", language="id"),
                   claim_key("189 orang selamat", language="id"))
    assert "number_mismatch" not in same.explanation["safeguards"]
    # (`sebelumnya`, previously, between the marker and the figure)
    risen = claim_key("data terbaru menunjukkan korban jiwa bertambah dari sebelumnya delapan orang", language="id")
    assert "8" not in risen.numbers
    first = compare(claim_key("sedikitnya delapan orang meninggal dunia akibat gempa", language="id"), risen)
    assert "8" not in first.explanation["shared_figures"]
    # a first reading is no figure of the claim either, unless the new one follows it
    for text, language, numbers in (
            ("the magnitude was updated to 6.0 from an initial reading of 6.2", "en", {"6"}),
            ("The quake, initially reported at magnitude 6.2, struck at a depth of 10 km", "en", {"10"}),
            ("magnitudo gempa dimutakhirkan dari semula 6,2 menjadi 6,0", "id", {"6"}),
            ("the firm made an initial investment of 300 billion rupiah", "en", {"300000000000"})):
        assert claim_key(text, language=language).numbers == frozenset(numbers), text


def test_an_amount_converted_in_brackets_is_no_figure_of_the_claim():
    english = claim_key("the minimum wage would rise by 6.2 percent to Rp 6,085,128 (US$383) per month", language="en")
    assert english.numbers == frozenset({"6.2", "6085128"})  # (a percentage then an amount: no range)
    indonesian = claim_key("UMP naik 6,2 persen menjadi Rp 6.085.128", language="id")
    assert "number_mismatch" not in compare(english, indonesian).explanation["safeguards"]
    assert claim_key("a fine of $500 (about Rp 8 million) was imposed", language="en").numbers == frozenset({"500"})


def test_a_range_is_one_figure():
    for text, language in (("growth of 4.7 to 5.5 percent", "en"), ("tumbuh 4,7-5,5 persen", "id"),
                           ("between 4.7 and 5.5 percent", "en"), ("kisaran 4,7 sampai 5,5 persen", "id")):
        assert claim_key(text, language=language).numbers == frozenset({"4.7~5.5"}), text
    rate = compare(claim_key("BI held the BI-Rate at 5.50%", language="en"),
                   claim_key("BI projects economic growth of 4.7 to 5.5 percent this year", language="en"))
    assert "number_mismatch" in rate.explanation["safeguards"]
    # a figure with its margin is the range it spans, and a unit may follow the first end
    for text, language in (("sasaran inflasi 2,5 plus minus 1 persen", "id"), ("2,5±1 persen", "id"),
                           ("2.5 percent plus or minus 1 percent", "en"), ("the target range of 1.5% to 3.5%", "en")):
        assert claim_key(text, language=language).numbers == frozenset({"1.5~3.5"}), text
    # the second end may carry the currency sign again
    for text, language in (("dijual Rp17.000 hingga Rp18.000 per liter", "id"), ("sold at 17,000 to 18,000 rupiah", "en"),
                           ("between Rp 17,000 and Rp 18,000 per liter", "en"), ("antara Rp 17.000 dan Rp 18.000", "id")):
        assert claim_key(text, language=language).numbers == frozenset({"17000~18000"}), text
    # days of a month and years stay dates
    assert "dm:22-10" in claim_key("RDG BI pada 21-22 Oktober 2025", language="id").dates
    assert {"y:2019", "y:2024"} <= claim_key("from 2019-2024", language="en").dates


def test_a_figure_is_shared_only_with_the_same_unit():
    villages = claim_key("sebanyak 4.870 warga dari tujuh desa telah mengungsi", language="id")
    radius = claim_key("all residents within the 7-km danger zone had been evacuated", language="en")
    assert "7" in villages.numbers and "7" in radius.numbers
    assert compare(villages, radius).explanation["shared_figures"] == []
    same_unit = claim_key("seluruh warga dalam radius 7 kilometer sudah dievakuasi", language="id")
    assert compare(same_unit, radius).explanation["shared_figures"] == ["7"]
    # a unit written as a sign is a unit
    for a, b in (("BI menahan suku bunga di 5,50 persen", "BI held its rate at 5.50%"),
                 ("menjual data itu seharga 15.000 dolar AS", "offering the data for US$15,000")):
        assert compare(claim_key(a, language="id"), claim_key(b, language="en")).explanation["shared_figures"], b


def test_minggu_before_a_time_of_day_is_sunday_not_a_week():
    assert "wd:sun" in claim_key("hingga Minggu pukul 12.00 Wita, 4.870 warga mengungsi", language="id").dates
    assert "wd:sun" in claim_key("Minggu malam warga mengungsi", language="id").dates
    assert not claim_key("dua minggu ke depan", language="id").dates


def test_a_set_phrase_with_a_negator_negates_nothing():
    free = claim_key("Wings Air passengers could get full refunds or rebook at no extra cost", language="en")
    assert not free.negated
    tanpa = claim_key("penumpang bisa memilih refund penuh atau reschedule tanpa dikenai biaya", language="id")
    assert "negation_mismatch" not in compare(free, tanpa).explanation["safeguards"]
    assert not claim_key("Tak lama kemudian, ia menghubungi pasien lain", language="id").negated
    assert claim_key("proses itu tidak lama", language="id").negated  # a negation still


def test_phrases_that_negate_without_a_negator_and_negators_in_phrases_that_negate_nothing():
    yet = claim_key("More than 600,000 honorary teachers have yet to be accommodated as civil servants", language="en")
    belum = claim_key("lebih dari 600 ribu guru honorer hingga kini belum terakomodasi menjadi ASN", language="id")
    assert yet.negated and "negation_mismatch" not in compare(yet, belum).explanation["safeguards"]
    assert yet.negated_words == frozenset({"accommodated"})
    assert not claim_key("kebijakan ini menggerus penerimaan negara bukan pajak dari royalti", language="id").negated
    assert not claim_key("Belum lagi skema PPPK paruh waktu yang digaji Rp300 ribu", language="id").negated
    assert not claim_key("the ban hurts not only miners but also shippers", language="en").negated
    assert claim_key("guru honorer belum diangkat", language="id").negated  # a negation still


def test_unexpected_many_and_pointless_are_no_negations():
    budget = claim_key("Anggarannya Rp 9,6 miliar dari pos belanja tidak terduga APBD 2025", language="id")
    assert not budget.negated
    english = claim_key("We have set aside Rp 9.6 billion from the unexpected expenditure item of the budget",
                        language="en")
    assert "negation_mismatch" not in compare(budget, english).explanation["safeguards"]
    assert not claim_key("tidak sedikit warga yang mengungsi ke balai desa", language="id").negated
    pointless = claim_key("There is no point in a 45-minute train ride if passengers wait an hour", language="en")
    assert not pointless.negated
    assert claim_key("warga tidak terdampak banjir", language="id").negated  # a negation still


def test_a_time_zone_is_no_name():
    a = claim_key("bandara ditutup sejak Sabtu pukul 23.30 Wita hingga Senin pukul 08.00 Wita", language="id")
    assert "wita" not in a.names


def test_a_figure_given_as_a_bound_or_an_estimate_agrees_with_a_close_exact_one():
    bound = claim_key("hackers claimed to have stolen the personal data of more than 34 million Indonesians",
                      language="en")
    exact = claim_key("hackers claimed to have stolen the personal details of 34.2 million people", language="en")
    assert bound.approximate == frozenset({"34000000"})
    assert "number_mismatch" not in compare(bound, exact).explanation["safeguards"]
    # not a far one, and two exact figures still differ
    far = claim_key("lebih dari 1 juta peluru artileri dikirim ke Rusia", language="id")
    assert "number_mismatch" in compare(far, claim_key("1,5 juta peluru artileri dikirim ke Rusia",
                                                       language="id")).explanation["safeguards"]
    assert "number_mismatch" in compare(claim_key("hackers stole 34 million records", language="en"),
                                        exact).explanation["safeguards"]
    # a key stored before reads its figures as exact
    assert ClaimKey.from_dict({k: v for k, v in bound.to_dict().items() if k != "approximate"}).approximate == frozenset()


def test_an_estimate_agrees_only_within_its_last_written_digit():
    about = claim_key("gelombang pertama akan mencakup sekitar 4.100 ASN", language="id")
    updated = claim_key("jumlah ASN gelombang pertama kini ditetapkan 3.850 orang", language="id")
    assert "number_mismatch" in compare(about, updated).explanation["safeguards"]  # within 10 %, an updated count
    exact = claim_key("the first wave covers 4,087 civil servants", language="en")
    assert "number_mismatch" not in compare(about, exact).explanation["safeguards"]
    assert "number_mismatch" in compare(claim_key("inflation was about 6.2 percent", language="en"),
                                        claim_key("inflation was 6.5 percent", language="en")).explanation["safeguards"]


def test_days_of_hours_are_days_and_hours():
    days = claim_key("meminta laporan tertulis dalam 3x24 jam", language="id")
    hours = claim_key("asked for a written report within 72 hours", language="en")
    three = claim_key("asked for a written clarification within three days", language="en")
    assert days.numbers == frozenset({"3", "72"})
    assert compare(days, hours).explanation["shared_figures"] == ["72"]
    assert compare(days, three).explanation["shared_figures"] == ["3"]
    assert "number_mismatch" not in compare(days, three).explanation["safeguards"]


def test_a_law_written_by_its_abbreviation_names_the_same_law():
    full = claim_key("para tersangka dijerat Pasal 114 Undang-Undang Nomor 35 Tahun 2009 tentang Narkotika",
                     language="id")
    short = claim_key("para tersangka dijerat Pasal 114 UU Nomor 35 Tahun 2009 tentang Narkotika", language="id")
    assert full.names == short.names
    assert "name_mismatch" not in compare(full, short).explanation["safeguards"]
    other = claim_key("para tersangka dijerat Pasal 114 KUHP tentang Narkotika", language="id")
    assert "name_mismatch" in compare(full, other).explanation["safeguards"]


def test_a_figure_moved_from_told_after_the_new_one_is_not_the_claims_figure():
    expanded = claim_key("BPOM has expanded the recall of Fevrinol syrup to five batches from three", language="en")
    first = claim_key("BPOM ordered the recall of three batches of Fevrinol syrup", language="en")
    assert expanded.numbers == {"5"}
    assert "number_mismatch" in compare(expanded, first).explanation["safeguards"]
    assert claim_key("jumlah korban bertambah menjadi 17 anak dari sebelumnya 11", language="id").numbers == {"17"}
    assert claim_key("the toll rose to 12 from seven", language="en").numbers == {"12"}


def test_a_verdict_word_as_the_attribute_of_a_thing_is_no_negation():
    seized = claim_key("polisi menyita 3.200 lembar uang palsu pecahan Rp100.000", language="id")
    assert not seized.negated
    handed = claim_key("she had been handed fake notes twice in a month", language="en")
    received = claim_key("she had received counterfeit notes twice in the past month", language="en")
    assert not handed.negated and "negation_mismatch" not in compare(handed, received).explanation["safeguards"]
    assert not claim_key("it was a false alarm", language="en").negated
    # said of a claim, or predicated, it is a verdict still
    for text, language in (("berita itu palsu", "id"), ("kabar tersebut berita palsu", "id"),
                           ("the claim is false", "en"), ("it is fake news", "en"), ("uang yang disita adalah palsu", "id")):
        assert claim_key(text, language=language).negated, text


def test_number_words_are_read_within_a_list_item_and_a_clause_number_is_no_figure():
    seized = claim_key("polisi menyita uang palsu senilai Rp320 juta, satu unit printer, dua unit laptop", language="id")
    assert {"320000000", "1", "2"} <= seized.numbers and "320000001" not in seized.numbers
    assert claim_key("satu juta, dua ratus ribu", language="id").numbers == frozenset({"1000000", "200000"})
    law = claim_key("dijerat Pasal 36 ayat (1) dan ayat (3) dengan ancaman maksimal 15 tahun penjara", language="id")
    assert law.numbers == frozenset({"15"})


def test_a_duration_shares_no_figure_with_a_count():
    from claims.matching.scoring import shared_figures
    years = claim_key("para tersangka terancam pidana hingga delapan tahun penjara", language="id")
    assert not shared_figures(years, claim_key("the total number of suspects rose to eight", language="en"))
    assert shared_figures(years, claim_key("the suspects face up to eight years in prison", language="en")) == ["8"]
