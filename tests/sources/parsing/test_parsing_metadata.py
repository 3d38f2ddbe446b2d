from datetime import datetime, timedelta, timezone

import pytest

from sources.parsing import parse_article
from sources.parsing.dates import find_date
from sources.parsing.language import detect_language

WIB = timezone(timedelta(hours=7))


def _article(header: str, first: str = "", more: str = "") -> str:
    first = first or "Pemerintah kota mengatakan proyek jalan tol baru akan rampung akhir tahun ini."
    more = more or "Warga berharap proyek itu mengurangi kemacetan di pusat kota setiap pagi."
    return f"{header}\n\n{first}\n\n{more}"


def test_it_takes_the_title_from_a_repeated_first_line():
    text = _article("Proyek Tol Rampung Akhir Tahun\n\nProyek Tol Rampung Akhir Tahun\n\nAndi Saputra - detikNews")
    article = parse_article(text)
    assert article.title == "Proyek Tol Rampung Akhir Tahun"
    assert "Proyek Tol Rampung" not in article.body


def test_it_skips_a_section_label_and_a_trailing_time_in_the_title():
    text = _article("Berita Viral\nWarga Kota Antre Minyak Goreng Sejak Subuh 09:15")
    assert parse_article(text).title == "Warga Kota Antre Minyak Goreng Sejak Subuh"


def test_a_short_headline_with_nothing_above_it_is_the_title_not_a_label():
    assert parse_article(_article("Harga Cabai Melonjak")).title == "Harga Cabai Melonjak"


def test_it_has_no_title_when_the_text_starts_with_a_paragraph():
    assert parse_article(_article("")).title == ""


def test_it_reads_a_detik_style_byline():
    article = parse_article(_article("Judul Berita Percobaan di Sini\nAndi Saputra - detikNews"))
    assert (article.author, article.outlet) == ("Andi Saputra", "detikNews")


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Penulis: Sri Wahyuni | Editor: Bambang Irawan", "Sri Wahyuni"),
        ("Sumber: Reuters | Editor: Bambang Irawan", "Bambang Irawan"),
        ("By Jennifer Walsh", "Jennifer Walsh"),
        ("Reporter: Yoga Pratama", "Yoga Pratama"),
    ],
)
def test_it_reads_author_labels(line, author):
    assert parse_article(_article("Judul Berita Percobaan di Sini\n" + line)).author == author


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Sabtu, 25 Mei 2024 17:12 WIB", datetime(2024, 5, 25, 17, 12, tzinfo=WIB)),
        ("Rabu, 19 Juni 2024 / 10:09 WITA", datetime(2024, 6, 19, 10, 9, tzinfo=timezone(timedelta(hours=8)))),
        ("Kamis, 3 Oktober 2024 | 21:05 WIT", datetime(2024, 10, 3, 21, 5, tzinfo=timezone(timedelta(hours=9)))),
        ("March 4, 2024 at 3:15 p.m. GMT", datetime(2024, 3, 4, 15, 15, tzinfo=timezone.utc)),
        # an offset zone, an update after the date, the time first, a comma after the month
        ("April 3, 2025 11:42 PM GMT+8 Updated 3 hours ago", datetime(2025, 4, 3, 23, 42, tzinfo=timezone(timedelta(hours=8)))),
        ("Updated 5:48 PM CDT, April 22, 2025", datetime(2025, 4, 22, 17, 48, tzinfo=timezone(timedelta(hours=-5)))),
        ("06 May, 2025, 08:00 GMT+8", datetime(2025, 5, 6, 8, 0, tzinfo=timezone(timedelta(hours=8)))),
        ("March 20, 2025 6:15 PM GMT Updated March 20, 2025", datetime(2025, 3, 20, 18, 15, tzinfo=timezone.utc)),
        # an ordinal day; bullets between place, date and time
        ("9th March 2027 17:05 WIB", datetime(2027, 3, 9, 17, 5, tzinfo=WIB)),
        ("Jakarta ● Wed, March 3, 2027 ● 10:12 am WIB", datetime(2027, 3, 3, 10, 12, tzinfo=WIB)),
    ],
)
def test_it_parses_printed_dates_with_their_time_zone(line, expected):
    assert parse_article(_article("Judul Berita Percobaan di Sini\n" + line)).published_at == expected


def test_the_publication_time_wins_over_an_update_printed_above_it():
    text = _article("Judul Berita Percobaan di Sini\nDiperbarui 17 Jan 2025, 14:32 WIB\nDiterbitkan 17 Jan 2025, 13:05 WIB")
    assert parse_article(text).published_at == datetime(2025, 1, 17, 13, 5, tzinfo=WIB)
    text = _article("Judul Berita Percobaan di Sini\nPublished 17 Jan 2025, 13:05 WIB\nUpdated 17 Jan 2025, 14:32 WIB")
    assert parse_article(text).published_at == datetime(2025, 1, 17, 13, 5, tzinfo=WIB)


def test_it_leaves_the_date_unknown_when_no_time_is_printed():
    article = parse_article(_article("Judul Berita Percobaan di Sini\nSenin, 12 Februari 2024"))
    assert article.published_at is None
    assert "12 Februari 2024" not in article.body


def test_it_uses_the_outlets_time_zone_when_none_is_printed():
    text = _article("Judul Berita Percobaan di Sini\nJune 19, 2024 - 05:07 By Staff Writer")
    article = parse_article(text, url="https://www.koreaherald.com/view.php?ud=1")
    assert article.published_at == datetime(2024, 6, 19, 5, 7, tzinfo=timezone(timedelta(hours=9)))
    assert article.author == "Staff Writer"


def test_an_outlet_in_a_country_with_summer_time_prints_its_summer_offset():
    # Paris is +02:00 in May and +01:00 in January
    from sources.parsing.dates import localise_in_country

    assert localise_in_country(datetime(2025, 5, 15, 11, 42), "FR").utcoffset() == timedelta(hours=2)
    assert localise_in_country(datetime(2025, 1, 15, 11, 42), "FR").utcoffset() == timedelta(hours=1)
    assert localise_in_country(datetime(2025, 5, 15, 11, 42), "ID").utcoffset() == timedelta(hours=7)
    assert localise_in_country(datetime(2025, 5, 15, 11, 42), None) is None


def test_find_date_ignores_lines_without_a_date():
    assert find_date("Harga naik 17:12 persen") is None


@pytest.mark.parametrize(
    ("opening", "dateline", "outlet", "wires"),
    [
        ("JAKARTA, KOMPAS.com - Menteri", "JAKARTA", "Kompas.com", []),
        ("JAKARTA, KOMPAS — Menteri", "JAKARTA", "Kompas", []),
        ("KOMPAS, BANYUWANGI — Menteri", "BANYUWANGI", "Kompas", []),
        ("KONTAN.CO.ID - SEOUL. Menteri", "SEOUL", "Kontan", []),
        ("TRIBUNJOGJA.COM, BANTUL - Menteri", "BANTUL", "TribunJogja.com", []),
        ("SEOUL (Reuters) - The minister", "SEOUL", "Reuters", []),
        ("MOSCOW, May 25 (AFP) - The minister", "MOSCOW", "AFP", []),
        ("Surabaya, KabarContoh.com – Menteri", "Surabaya", "KabarContoh.com", []),
        ("WASHINGTON — The minister", "WASHINGTON", None, []),
        ("ST. PAUL, Minn. -- The minister", "ST. PAUL", None, []),
        ("Kuala Lumpur - Menteri", "Kuala Lumpur", None, []),
        # an outlet of two words (known ones only), a press release's date and distributor
        ("Jakarta, CNN Indonesia -- Menteri", "Jakarta", "CNN Indonesia", []),
        ("SINGAPORE and JAKARTA, May 6, 2025 /PRNewswire/ -- The company", "SINGAPORE and JAKARTA", "PR Newswire", []),
        # a region abbreviated after the place (Antara English)
        ("Palembang, S Sumatra (ANTARA) - The minister", "Palembang", "Antara", []),
        # AFP's country in brackets before the agency
        ("Denpasar (Indonesia) (AFP) – The minister", "Denpasar", "AFP", []),
    ],
)
def test_it_reads_and_removes_the_dateline(opening, dateline, outlet, wires):
    text = opening + " said the new bridge will open next month after two years of work on the river crossing.\n\nMore text follows."
    article = parse_article(text)
    assert article.dateline == dateline
    assert article.outlet == outlet
    assert article.wire_sources == wires
    assert not article.body.startswith(opening.split()[0])


def test_an_agency_in_the_dateline_is_a_wire_source_on_another_outlets_page():
    text = "SEOUL (Reuters) - The minister said the talks would resume.\n\nMore text follows."
    article = parse_article(text, url="https://www.thejakartapost.com/world/2024/talks.html")
    assert (article.dateline, article.outlet, article.wire_sources) == ("SEOUL", "The Jakarta Post", ["Reuters"])


def test_an_agency_in_the_dateline_of_its_own_site_is_the_outlet():
    text = "Jakarta (ANTARA) - Menteri mengatakan jembatan baru dibuka bulan depan.\n\nWarga menyambut baik."
    article = parse_article(text)
    assert (article.dateline, article.outlet, article.wire_sources) == ("Jakarta", "Antara", [])


def test_a_standalone_dateline_line_is_removed():
    article = parse_article(_article("Judul Berita Percobaan di Sini\nAndi Saputra - detikNews\nBandung -"))
    assert article.dateline == "Bandung"
    assert article.body.startswith("Pemerintah kota mengatakan")


def test_a_name_in_apposition_is_not_a_dateline():
    text = "Maria Santos — a surgeon and television host — said the clinic would reopen next week.\n\nMore text."
    assert parse_article(text).dateline is None


def test_it_reads_an_agency_byline_with_a_comma():
    text = _article("A Test Headline For The Page\nJane Roe, The Associated Press")
    article = parse_article(text, url="https://www.ctvnews.ca/world/test-1.123")
    assert (article.author, article.outlet, article.wire_sources) == ("Jane Roe", "CTV News", ["AP"])


def test_a_hyphenated_title_word_is_not_a_dateline():
    text = _article("DETIK-DETIK Banjir Bandang Menerjang Desa di Lereng Gunung")
    article = parse_article(text)
    assert article.dateline is None
    assert article.title.startswith("DETIK-DETIK Banjir")


@pytest.mark.parametrize(
    ("sentence", "wires"),
    [
        ("Seperti dilansir AFP, Senin (3/6/2024), menteri itu membantah tuduhan tersebut.", ["AFP"]),
        ("Menteri itu membantah tuduhan tersebut, seperti dikutip Reuters.", ["Reuters"]),
        ("Melansir dari kantor berita Korea Selatan, Yonhap, menteri itu membantah.", ["Yonhap"]),
        ("Dikutip dari Kompas.com, menteri itu membantah tuduhan tersebut.", ["Kompas.com"]),
        ("The minister denied the report, Yonhap News Agency reported.", ["Yonhap"]),
        ("The minister denied the report, according to Interfax.", ["Interfax"]),
        ("The minister spoke to the state-run RIA Novosti news agency on Friday.", []),
        ("Menteri itu berbicara kepada kantor berita pemerintah TASS pada Jumat.", []),
        ("The minister denied the report, according to The Guardian.", []),
        ("Eight witnesses have been questioned, the chief said, as quoted by state news agency Antara.", ["Antara"]),
    ],
)
def test_it_finds_cited_wire_sources(sentence, wires):
    text = f"{sentence}\n\nPembicaraan dilanjutkan pekan depan, kata pejabat itu kepada wartawan."
    assert parse_article(text).wire_sources == wires


def test_it_reads_a_source_label_and_a_bare_agency_sentence():
    text = "The ministry said the talks were productive. Interfax.\n\nMore talks are planned.\n\nSumber: Reuters"
    assert sorted(parse_article(text).wire_sources) == ["Interfax", "Reuters"]


def test_an_author_that_is_an_agency_is_a_wire_source():
    article = parse_article(_article("A Test Headline For The Page\nBy Yonhap"))
    assert article.author == "Yonhap" and article.wire_sources == ["Yonhap"]


def test_it_finds_the_outlet_from_a_site_name_line_and_from_the_file_name():
    assert parse_article(_article("tempo.co\nJudul Berita Percobaan di Sini")).outlet == "Tempo"
    assert parse_article(_article(""), filename="liputan6-banjir-2024.txt").outlet == "Liputan6"
    assert parse_article(_article("detikFinance\nJudul Berita Percobaan di Sini")).outlet == "detikFinance"
    assert parse_article(_article(""), filename="catatan.txt").outlet is None
    assert parse_article(_article(""), url="https://warta-desa.example/berita/1").outlet == "warta-desa.example"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Pemerintah mengatakan bahwa harga beras akan turun pada bulan depan karena panen raya sudah dimulai di banyak daerah.", "id"),
        ("The government said that rice prices would fall next month because the main harvest has begun in many regions.", "en"),
        ("Kerajaan berkata bahawa harga beras akan turun bulan hadapan kerana musim menuai telah bermula di kebanyakan negeri.", "id"),
        ("123 456", "und"),
    ],
)
def test_it_detects_the_language_and_reports_malay_as_indonesian(text, language):
    assert detect_language(text) == language


def test_a_malformed_address_is_no_outlet_and_no_crash():
    from sources.parsing.gazetteer import OutletGazetteer
    from sources.parsing.metadata import outlet_from_url

    assert outlet_from_url("http://[broken/berita", OutletGazetteer.default()) == (None, None)
    body = "Menteri Perdagangan mengatakan, harga beras di pasar turun lima persen sejak awal bulan ini. " * 4
    html = f"<html><head><title>Harga beras</title></head><body><article><p>{body}</p></article></body></html>"
    article = parse_article(html.encode(), filename="berita.html", url="http://[broken/berita")
    assert "harga beras" in article.body


def test_labels_and_a_site_name_above_the_title_are_not_the_title():
    for header in ("detikNews\nBerita\nHukum & Kriminal\nPolisi Bongkar Jaringan Judi Daring di Jakarta Utara",
                   "Harian Contoh\nHome » Sport » Sepakbola\nPolisi Bongkar Jaringan Judi Daring di Jakarta Utara",
                   "Water\nThis article is more than 1 month old\nPolisi Bongkar Jaringan Judi Daring di Jakarta Utara"):
        assert parse_article(_article(header)).title == "Polisi Bongkar Jaringan Judi Daring di Jakarta Utara"
    article = parse_article(_article("The Straits Times\nWorld\nClimate talks end in deadlock over finance"))
    assert article.outlet == "The Straits Times" and article.title == "Climate talks end in deadlock over finance"


@pytest.mark.parametrize(
    ("byline", "author", "outlet"),
    [
        ("Dimas Prasetyo (The Jakarta Post)", "Dimas Prasetyo", "The Jakarta Post"),
        ("Ann Lee Environment correspondent", "Ann Lee", None),
        ("Ann Lee\nBBC News, Lilongwe", "Ann Lee", "BBC"),
    ],
)
def test_it_reads_english_bylines(byline, author, outlet):
    article = parse_article(_article(f"Ferry fares to rise in June as fuel costs climb\n{byline}",
                                     "The operator said fares would rise by a tenth from June.",
                                     "Passengers said the increase was the third in two years."))
    assert article.author == author
    assert outlet is None or article.outlet == outlet
    assert author not in article.body


def test_a_wire_credit_closing_the_last_paragraph_is_a_source_not_text():
    text = ("Ferry fares to rise in June as fuel costs climb\n\n"
            "BONN, Germany - The operator said fares would rise by a tenth from June.\n\n"
            "Passengers said the increase was the third in two years. AFP")
    article = parse_article(text)
    assert article.wire_sources == ["AFP"]
    assert article.body.endswith("the third in two years.")


@pytest.mark.parametrize(
    ("header", "author"),
    [
        ("Ann Lestari\n18 Maret 2025 20:15 WIB", "Ann Lestari"),  # the name over the date
        ("Ann Lestari\nAnn Lestari\n15 Apr 2025 06:12PM", "Ann Lestari"),
        ("Ann Lestari • 11 Maret 2025 13:45", "Ann Lestari"),
        ("Ann Lestari , Jurnalis · Kamis 13 Februari 2025 15:47 WIB", "Ann Lestari"),
        ("Oleh :\nAnn Lestari\nEditor :\nBudi Santoso", "Ann Lestari"),  # the value under its label
        ("Rep: Ann Lestari/ Red: Budi Santoso", "Ann Lestari"),
        ("By Pacific affairs reporter Ann Lestari", "Ann Lestari"),
    ],
)
def test_it_reads_bylines_of_more_sites(header, author):
    article = parse_article(_article("Proyek Jalan Tol Baru Rampung Akhir Tahun\n" + header))
    assert article.author == author
    assert "Lestari" not in article.body and "Budi" not in article.body


def test_a_byline_under_the_text_is_the_author():
    text = _article("Proyek Jalan Tol Baru Rampung Akhir Tahun", more="Warga berharap proyek itu mengurangi kemacetan.\n\nBy Ann Lestari")
    article = parse_article(text)
    assert article.author == "Ann Lestari" and "Ann Lestari" not in article.body


def test_the_title_after_a_date_line_and_a_title_holding_a_date():
    assert parse_article(_article("REPUBLIKA\nHome\nSenin 10 Mar 2025 16:20 WIB\nMitra Dapur Keluhkan Dana Telat Cair")).title == \
        "Mitra Dapur Keluhkan Dana Telat Cair"
    assert parse_article(_article("[SALAH] Bank Contoh Tutup Permanen per 1 April 2025\nOleh Ann Lestari • 20 Maret 2025")).title == \
        "[SALAH] Bank Contoh Tutup Permanen per 1 April 2025"


def test_navigation_icons_and_labels_above_the_title_leave_the_body():
    header = ("Beranda   Cek Fakta   Hoaks Terbaru   Tentang Kami\nSingapore\nsosmed-whatsapp-white\nA\n"
              "Thousands stranded as airline delays 14 flights")
    article = parse_article(_article(header))
    assert article.title == "Thousands stranded as airline delays 14 flights"
    assert not any(w in article.body for w in ("Beranda", "Singapore", "sosmed", "\nA\n"))


@pytest.mark.parametrize(
    ("opening", "place"),
    [("SINGAPORE: More than 2,000 passengers were stranded at the airport on Monday after the airline delayed "
      "14 flights, some by more than ten hours.", "SINGAPORE"),
     ("Jakarta: Puluhan perwakilan warga pulau mendatangi kementerian pada Selasa untuk menolak perpanjangan izin "
      "tambang nikel di pulau mereka.", "Jakarta"),
     # a place and a full stop (Jakarta Globe)
     ("Jakarta. The Energy Ministry said on Wednesday that the supply of subsidized gas remains sufficient "
      "nationwide, blaming the shortages on distribution.", "Jakarta")],
)
def test_a_place_and_a_colon_open_the_text_after_a_caption(opening, place):
    text = f"Judul Berita Percobaan di Sini\nIlustrasi aktivitas tambang. Foto: MI/Ramdani\n{opening}\n\nMore text follows here."
    article = parse_article(text)
    assert article.dateline == place and article.body.startswith(opening[len(place) + 2:])


def test_an_outlet_slug_in_the_file_name_written_as_one_word():
    assert parse_article(_article("Judul Berita Percobaan di Sini"), filename="09_aljazeera_en_x.txt").outlet == "Al Jazeera"
    assert parse_article(_article("Judul Berita Percobaan di Sini"), filename="10_cna_en_x.txt").outlet == "CNA"


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [("ALOR SETAR, Jan 14 — Three players were charged with match-fixing on Tuesday, the commission said.", "ALOR SETAR"),
     ("JAKARTA, March 4 (Reuters) - The new capital secured a third of its target, the agency said.", "JAKARTA")],
)
def test_datelines_with_the_day(opening, dateline):
    assert parse_article(f"Judul Berita Percobaan di Sini\n\n{opening}\n\nMore text follows here.").dateline == dateline


def test_a_title_abbreviation_and_a_full_stop_open_no_dateline():
    opening = ("Prof. Ann Lee of the city's university said on Wednesday that the supply of subsidized gas remains "
               "sufficient nationwide, blaming the shortages on distribution.")
    article = parse_article(f"Judul Berita Percobaan di Sini\n\n{opening}\n\nMore text follows here.")
    assert article.dateline is None and article.body.startswith("Prof. Ann Lee")


def test_sources_credited_under_the_text():
    text = _article("Ferry fares to rise in June as fuel costs climb", "The operator said fares would rise by a tenth.",
                    "Passengers said the increase was the third in two years. — Bernama")
    article = parse_article(text)
    assert article.wire_sources == ["Bernama"] and article.body.endswith("two years.")
    text = _article("Ferry fares to rise in June as fuel costs climb", more="Passengers said the rise was the third.\n\nSource: AFP/Reuters/ec")
    assert parse_article(text).wire_sources == ["AFP", "Reuters"]


@pytest.mark.parametrize(("credit", "wires"), [
    ("Additional reporting by Antara; Editing by Ed Davies", ["Antara"]),
    ("(Reporting by Ananda Teresia and Yonhap; Writing by Kate Lamb)", ["Yonhap"]),
    ("Reporting by Ananda Teresia; Editing by Ed Davies", []),  # reporters, no agency
    ("-- with additional reporting from Antara", ["Antara"]),
])
def test_an_agency_in_a_reporting_credit_is_a_source(credit, wires):
    text = _article("Ferry fares to rise in June as fuel costs climb", more=f"Passengers said the rise was the third.\n\n{credit}")
    article = parse_article(text)
    assert article.wire_sources == wires and "Editing" not in article.body and "Writing" not in article.body


@pytest.mark.parametrize(
    ("byline", "author"),
    [("WRITER: Online Reporters", "Online Reporters"), ("By Mariel Dolorosa - Correspondent / @MDolorosaINQ", "Mariel Dolorosa"),
     ("by Made Surya Wibawa on 16 October 2025", "Made Surya Wibawa")],
)
def test_byline_labels_and_handles(byline, author):
    article = parse_article(_article(f"Ferry fares to rise in June as fuel costs climb\n{byline}"))
    assert article.author == author and article.dateline is None


def test_an_indonesian_page_prints_jakarta_time_when_it_names_no_zone():
    text = _article("Kabut Asap Makin Pekat di Kota Contoh\nSelasa, 16 September 2025 11:20")
    assert parse_article(text).published_at == datetime(2025, 9, 16, 11, 20, tzinfo=WIB)


def test_a_date_then_its_time_on_the_next_line_and_an_agency_after_the_byline():
    article = parse_article(_article("Hospital beds run short as occupancy hits 120pc\nBy NOR AINI HAMZAH\n"
                                     "Sunday, 19 Oct 2025\n7:05 PM MYT"))
    assert article.published_at == datetime(2025, 10, 19, 19, 5, tzinfo=timezone(timedelta(hours=8)))
    article = parse_article(_article("Santiago rations water as drought deepens\nBy EVA MARTÍNEZ CÁCERES Associated Press"),
                            url="https://abcnews.go.com/International/wireStory/santiago-1")
    assert article.author == "EVA MARTÍNEZ CÁCERES" and article.wire_sources == ["AP"]


def test_a_verdict_label_opening_a_title_is_no_dateline():
    text = _article("[SALAH] Bank Contoh Tutup Permanen per 1 April 2025")
    article = parse_article(text)
    assert article.dateline is None and article.title.startswith("[SALAH]")
    assert parse_article("Judul Berita Percobaan di Sini\n\n[JAKARTA] Indonesia will raise its export levy to 12.5 per "
                         "cent next month, officials said.\n\nMore text.").dateline == "JAKARTA"


@pytest.mark.parametrize(
    "header",
    ["Penulis Kontributor Kota Contoh, Ann Lestari | Editor Budi Santoso",
     "Penulis: Kontributor Kota Contoh, Ann Lestari | Editor: Budi Santoso",
     "Laporan Wartawan WartaContoh.com, Ann Lestari"],
)
def test_a_contributors_place_and_a_reporters_outlet_are_not_the_authors_name(header):
    article = parse_article(_article("Proyek Jalan Tol Baru Rampung Akhir Tahun\n" + header))
    assert article.author == "Ann Lestari"
    assert "Lestari" not in article.body and "Laporan" not in article.body


def test_a_job_title_under_the_name_is_not_the_author():
    article = parse_article(_article("Ferry fares to rise in June as fuel costs climb\nAnn Lestari\nIndonesia Bureau Chief\n"
                                     "UPDATED Sep 17, 2025, 08:45 PM"))
    assert article.author == "Ann Lestari"
    assert "Lestari" not in article.body and "Bureau Chief" not in article.body


def test_a_team_keeps_its_outlet_in_its_name():
    article = parse_article(_article("Judul Berita Percobaan di Sini\nOleh Tim Cek Fakta Liputan6.com"))
    assert article.author == "Tim Cek Fakta Liputan6.com"


@pytest.mark.parametrize(
    ("opening", "dateline", "rest"),
    [("MAKASSAR, Indonesia, March 3 (Reuters) - A ferry sank off the island late on Sunday, the agency said.",
      "MAKASSAR", "A ferry sank"),
     ("PALU, Central Sulawesi: Hundreds of residents rallied outside the governor's office on Monday (Dec 9), "
      "demanding compensation for homes lost in the landslide.", "PALU", "Hundreds of residents")],
)
def test_datelines_naming_the_country_or_region(opening, dateline, rest):
    article = parse_article(f"Judul Berita Percobaan di Sini\n\n{opening}\n\nMore text follows here.")
    assert article.dateline == dateline and article.body.startswith(rest)


def test_the_place_before_the_header_date_is_the_dateline():
    article = parse_article(_article("Ferry fares to rise in June as fuel costs climb\nAnn Lestari (The Jakarta Post)\n"
                                     "Surabaya ● Thu, July 17, 2025"))
    assert article.dateline == "Surabaya" and "Surabaya" not in article.body


@pytest.mark.parametrize(
    ("sentence", "wires"),
    [
        ("A survivor told CNN Indonesia he had heard no announcement from the crew.", ["CNN Indonesia"]),
        ("As reported by Reuters, the official also said the tax applied only to interest.", ["Reuters"]),
        ("The mayor told the BBC the bridge would reopen next week.", ["BBC"]),
        ("Kepada kantor berita AFP, ketua serikat pekerja mengatakan tujuh pekerja tewas.", ["AFP"]),
        ("The mayor told reporters that CNN Indonesia had misquoted him.", []),  # not the outlet he spoke to
        ("The mayor told The Jakarta Post the bridge would reopen next week.", []),  # the page's own outlet
    ],
)
def test_an_outlet_the_source_spoke_to_is_a_wire_source_of_another_outlets_page(sentence, wires):
    text = f"Judul Berita Percobaan di Sini\n\n{sentence}\n\nPembicaraan dilanjutkan pekan depan, kata pejabat itu."
    assert parse_article(text, url="https://www.thejakartapost.com/indonesia/2025/x.html").wire_sources == wires
    # on a page whose outlet is unknown, "told X" may be its own reporting
    if sentence.startswith("A survivor"):
        assert parse_article(text).wire_sources == []


def test_an_issued_on_date_and_a_site_name_above_the_title():
    text = _article("Radio 99\nAsia-Pacific\nFerry fares to rise in June as fuel costs climb\n"
                    "Issued on: 17/09/2025 - 10:32 Modified: 17/09/2025 - 14:05",
                    "Kuala Lumpur (AFP) – The operator said fares would rise by a tenth from June.")
    article = parse_article(text)
    assert article.title == "Ferry fares to rise in June as fuel costs climb"
    assert article.published_at == datetime(2025, 9, 17, 10, 32, tzinfo=timezone(timedelta(hours=2)))  # AFP: Paris
    assert article.dateline == "Kuala Lumpur" and article.body.startswith("The operator said")
    assert "Issued on" not in article.body and "Radio 99" not in article.body


def test_an_outlet_in_the_file_name_makes_the_agency_of_the_dateline_a_wire_source():
    text = _article("Ferry fares to rise in June as fuel costs climb", "Jakarta (AFP) – The operator said fares would rise.")
    article = parse_article(text, filename="07_cna-afp_en_ferry-fares.txt")
    assert (article.outlet, article.wire_sources) == ("CNA", ["AFP"])
    assert parse_article(text, filename="07_afp_en_ferry-fares.txt").outlet == "AFP"


def test_a_france_24_page_of_an_afp_story_is_france_24_s_with_afp_as_its_wire():
    text = ("Flood waters recede in the delta\n\nIssued on: 15/05/2025 - 11:42\n\n"
            "Hanoi (AFP) – Flood waters began to recede on Thursday across the delta, officials said, "
            "as farmers returned to their fields to count the losses of the season.\n\n"
            "The agriculture ministry said some 40,000 hectares of rice had been damaged by the floods.")
    article = parse_article(text, url="https://www.france24.com/en/asia-pacific/20250515-floods")
    assert article.outlet == "France 24" and article.wire_sources == ["AFP"]
    assert article.published_at == datetime(2025, 5, 15, 11, 42, tzinfo=timezone(timedelta(hours=2)))


def test_bylines_with_a_stringer_s_place_or_a_beat_and_two_names():
    from sources.parsing import metadata as md

    assert md.parse_labels("Kontributor Flores Timur, Fransiskus Ola Tukan") == {"author": "Fransiskus Ola Tukan"}
    assert md.parse_labels("Kontributor Lumajang, Miftahul Anwar,") == {"author": "Miftahul Anwar"}  # a comma before the editor
    assert md.parse_labels("By Indonesia correspondent Hannah Loveday and Emily Tran") == {
        "author": "Hannah Loveday and Emily Tran"}


def test_a_page_of_a_country_of_several_zones_leaves_its_time_unknown():
    from sources.parsing.dates import localise_in_country

    assert localise_in_country(datetime(2025, 10, 21, 21, 12), "US") is None
    assert localise_in_country(datetime(2025, 10, 21, 21, 12), "AU") is None


@pytest.mark.parametrize(("top", "outlet", "wires"), [
    ("Southeast Asia Monitor | Health", "Southeast Asia Monitor", ["AFP"]),  # an outlet the gazetteer does not know
    ("Home | Health", "AFP", []),  # a breadcrumb names no site: the page is the agency's own
])
def test_a_site_name_before_a_section_is_the_outlet(top, outlet, wires):
    text = (f"{top}\n\nRabies cases rise in East Nusa Tenggara\n\n"
            "KUPANG, Indonesia (AFP) - Health officials said on Monday that rabies cases had doubled this year.\n\n"
            "The provincial health office said 12 people had died since January, most of them children.")
    article = parse_article(text)
    assert (article.outlet, article.wire_sources) == (outlet, wires)
    assert top not in article.body


def test_a_byline_and_a_dated_place_under_a_standfirst_are_header_lines():
    text = ("Archipelago\n"
            "Ferry fares to rise in June as fuel costs climb\n"
            "The island's only ferry operator will raise fares on Monday for the third time in two years, the latest "
            "increase in a province where commuters and traders say household budgets are running out of room.\n"
            "Ann Lestari (The Jakarta Post)\n"
            "Pekanbaru ● Tue, October 14, 2025\n"
            "Share This Article\n"
            "A ferry leaves the harbour on Monday. (Antara/Budi Santoso)\n\n"
            "The operator said fares would rise by a tenth from June 1, citing the price of diesel.\n\n"
            "Passengers said the increase was the third in two years.")
    article = parse_article(text)
    assert article.author == "Ann Lestari" and article.dateline == "Pekanbaru"
    assert "(The Jakarta Post)" not in article.body and "Antara/Budi" not in article.body
    assert article.body.startswith("The island's only ferry operator")  # the standfirst stays text



def test_a_name_over_the_date_under_a_standfirst_is_the_byline():
    text = ("Asia\n"
            "Held over school fees: parents wait for diplomas as province steps in\n"
            "Thousands of graduates in the province cannot use their diplomas because their private schools are "
            "holding them over unpaid fees. The governor has promised to pay, but the tally keeps growing.\n"
            "Ann Lestari\n"
            "28 Jun 2025 06:00AM (Updated: 28 Jun 2025 06:10AM)\n"
            "Bookmark\n\n"
            "SEMARANG, Central Java: Every few weeks since 2023, a mother has made the same trip to her son's "
            "former school, hoping the office will finally hand over his diploma.\n\n"
            "The 45-year-old said the diploma has been held since he graduated.")
    article = parse_article(text, filename="16_cna_en_x.txt")
    assert article.author == "Ann Lestari" and article.published_at is not None
    assert "Ann Lestari" not in article.body


def test_two_reporters_under_the_text_are_its_byline():
    text = _article("Ferry fares to rise in June as fuel costs climb",
                    more="Passengers said the rise was the third.\n\nReporter: Ann Lestari, Budi Santoso\nEditor: Rina Wati")
    article = parse_article(text)
    assert article.author == "Ann Lestari, Budi Santoso" and "Reporter:" not in article.body
