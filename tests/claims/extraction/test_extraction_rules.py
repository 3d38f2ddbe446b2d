"""Rules added for attribution quality, each on a short sentence written for the test (invented people)."""

from claims.extraction import extract_statements
from claims.extraction.types import Kind, Stance


def by_text(stmts, fragment):
    hits = [s for s in stmts if fragment in s.text]
    assert hits, f"no statement containing {fragment!r} in {[s.text for s in stmts]}"
    return hits[0]


def test_an_abbreviated_title_after_the_cue_keeps_the_name():
    body = '"The road stays closed for hours," said Rep. Jane Doyle, the committee chair.'
    assert by_text(extract_statements(body, "en"), "road stays closed").speaker == "Jane Doyle"


def test_a_name_and_an_apposition_before_the_verb():
    body = '"We will appeal the ruling," Mark Ellis, the union\'s lawyer, said on Friday.'
    assert by_text(extract_statements(body, "en"), "appeal the ruling").speaker == "Mark Ellis"


def test_an_inverted_said_takes_the_content_before_it():
    body = "The bridge will reopen early in June, said Carla Mendes, a city engineer."
    s = by_text(extract_statements(body, "en"), "bridge will reopen")
    assert s.speaker == "Carla Mendes" and "Carla" not in s.text


def test_an_adjunct_after_the_verb_is_not_the_content():
    body = "The vote was delayed by at least a week, the city council said in a statement."
    s = extract_statements(body, "en")
    assert len(s) == 1 and s[0].text.startswith("The vote was delayed") and "council" in s[0].speaker.lower()


def test_a_participle_after_the_verb_is_not_the_content():
    body = "The plant will close next spring, a company official said on Monday, citing falling orders."
    s = extract_statements(body, "en")
    assert len(s) == 1 and s[0].text.startswith("The plant will close")


def test_a_trailing_attribution_after_a_closing_quote():
    body = 'On the way, the two ministers shared "frank views on the trade dispute," the agency said.'
    s = extract_statements(body, "en")
    assert len(s) == 1 and "agency" in s[0].speaker.lower()


def test_a_capitalised_common_word_opening_a_sentence_is_no_name():
    body = (
        "Each of the witnesses was questioned by police on the night of the fire. "
        "Witness accounts differed on when the alarm sounded. "
        '"The smoke was everywhere in seconds," said Omar Haddad, a neighbour.'
    )
    s = extract_statements(body, "en")
    assert by_text(s, "smoke was everywhere").speaker == "Omar Haddad"


def test_a_pronoun_takes_a_person_introduced_with_an_apposition():
    body = (
        '"Stay away from the river," said Ken Moss, the fire chief. '
        "Lena, a teacher from the valley, was at home when the water came. "
        '"I grabbed the children and ran up the hill," she said.'
    )
    assert by_text(extract_statements(body, "en"), "grabbed the children").speaker == "Lena"


def test_indonesian_name_then_role_then_verb():
    body = "Rina Wulandari, peneliti dari Universitas Andalas, menjelaskan, harga cabai naik karena cuaca buruk."
    assert by_text(extract_statements(body, "id"), "harga cabai").speaker == "Rina Wulandari"


def test_indonesian_long_official_title_before_the_name():
    body = ("Wakil Ketua Gugus Tugas Penanganan Covid - 19 Kota Padang Budi Hartono mengatakan, "
            "jumlah pasien di rumah sakit terus menurun.")
    assert by_text(extract_statements(body, "id"), "jumlah pasien").speaker.endswith("Budi Hartono")


def test_indonesian_bernama_introduces_the_name():
    body = "Ajudan menteri bernama Dedi Kurnia mengatakan bahwa rapat akan digelar pekan depan."
    assert by_text(extract_statements(body, "id"), "rapat akan digelar").speaker == "Dedi Kurnia"


def test_indonesian_seperti_disampaikan_with_an_apposition():
    body = "Rapat itu digelar selama dua hari, seperti yang disampaikan oleh juru bicara partai, Sari Nugroho, pada Senin (3/6)."
    s = extract_statements(body, "id")
    assert len(s) == 1 and s[0].speaker == "Sari Nugroho" and s[0].text.startswith("Rapat itu")


def test_indonesian_melansir_dari_names_the_source():
    body = "Sementara itu melansir dari kantor berita negara, Kantor Berita Nusantara, harga beras naik di sejumlah daerah."
    s = extract_statements(body, "id")
    assert len(s) == 1 and s[0].speaker == "Kantor Berita Nusantara" and s[0].text.startswith("harga beras")


def test_indonesian_wire_credit_is_no_statement():
    body = "Seperti dilansir AFP, Senin (3/6), rencana itu diumumkan saat kedua negara makin dekat."
    assert extract_statements(body, "id") == []


def test_indonesian_demikian_dilansir_after_a_quote():
    body = '"Kedua menteri bertemu di istana pada malam hari," demikian dilansir Warta Kota.'
    assert by_text(extract_statements(body, "id"), "Kedua menteri").speaker == "Warta Kota"


def test_condemning_is_an_accusation():
    body = "Pemerintah Malaysia mengecam pengiriman senjata ke wilayah konflik itu."
    s = extract_statements(body, "id")
    assert s and s[0].stance == Stance.ACCUSE and s[0].kind == Kind.INDIRECT
