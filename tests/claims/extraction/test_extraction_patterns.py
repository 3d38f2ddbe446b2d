"""Extraction rules on short sentences written for these tests (news style, invented people)."""

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extraction import SpeakerGazetteer, extract_statements
from claims.extraction.types import Kind, Stance

SEED = Path(__file__).resolve().parents[3] / "seeds" / "detiknews-putin-korut-2024-05-25.txt"


def by_text(stmts, fragment):
    hits = [s for s in stmts if fragment in s.text]
    assert hits, f"no statement containing {fragment!r} in {[s.text for s in stmts]}"
    return hits[0]


def assert_offsets(body, stmts):
    for s in stmts:
        assert body[s.start:s.end] == s.text


def test_it_finds_a_direct_quote_with_the_cue_after_it():
    body = '"Harga beras akan turun pekan depan," kata Menteri Perdagangan Budi Santoso.'
    s = extract_statements(body, "id")
    assert len(s) == 1
    assert s[0].speaker == "Budi Santoso" and s[0].kind == Kind.DIRECT and s[0].cue == "kata"
    assert_offsets(body, s)


def test_it_finds_a_direct_quote_with_the_cue_before_it():
    body = 'Ketua panitia Rina Lestari mengatakan, "Semua peserta sudah terdaftar sejak pagi."'
    s = extract_statements(body, "id")
    assert s[0].speaker == "Rina Lestari" and s[0].kind == Kind.DIRECT


def test_it_gives_both_halves_of_a_split_quote_to_the_speaker():
    body = '"Kami siap bekerja sama," ujar Andi Wijaya. "Tetapi syaratnya harus jelas bagi semua pihak."'
    s = extract_statements(body, "id")
    assert [x.speaker for x in s] == ["Andi Wijaya", "Andi Wijaya"]


def test_it_reads_a_closing_mark_used_as_an_opening_mark():
    # Kompas opens quotes with ” as well as closing them
    body = "JAKARTA, KOMPAS — Pemerintah menyiapkan dana bantuan. ”Dana itu cair bulan depan untuk semua desa,” ujar Sri Handayani."
    s = extract_statements(body, "id")
    q = by_text(s, "Dana itu cair")
    assert q.speaker == "Sri Handayani" and q.kind == Kind.DIRECT


def test_a_quote_alone_in_its_paragraph_keeps_the_previous_speaker():
    body = (
        '"Proyek jalan tol ini selesai tahun depan," kata Gubernur Hendra Saputra.\n\n'
        '"Kami tidak akan menunda pembangunan lagi karena dana sudah tersedia."'
    )
    s = extract_statements(body, "id")
    assert by_text(s, "tidak akan menunda").speaker == "Hendra Saputra"


def test_a_nya_cue_takes_the_speaker_named_since_the_previous_quote():
    body = (
        '"Stok obat cukup untuk tiga bulan," kata Kepala Dinas Kesehatan Maria Ulfa.\n\n'
        "Direktur rumah sakit Joko Purnomo mengatakan, antrean pasien sudah berkurang sejak Senin.\n\n"
        '"Kami menambah jumlah dokter jaga pada malam hari," ujarnya.'
    )
    s = extract_statements(body, "id")
    assert by_text(s, "menambah jumlah dokter").speaker == "Joko Purnomo"


def test_a_misspelt_nya_cue_is_still_a_cue():
    body = (
        '"Pemeriksaan saksi dilanjutkan besok pagi," kata Komisaris Besar Dedi Kurnia.\n\n'
        '"Kami sudah memanggil tiga orang saksi tambahan," imbunya.'
    )
    s = extract_statements(body, "id")
    q = by_text(s, "tiga orang saksi")
    assert q.speaker == "Dedi Kurnia" and q.cue == "imbunya"


def test_it_takes_the_name_out_of_an_apposition_with_a_title():
    body = "Juru bicara kementerian, Lina Marlina, mengatakan bahwa jadwal vaksinasi akan diumumkan pekan depan."
    s = extract_statements(body, "id")
    assert s[0].speaker == "Lina Marlina" and s[0].kind == Kind.INDIRECT
    assert s[0].text.startswith("jadwal vaksinasi")


def test_it_links_a_short_name_to_the_full_name():
    body = (
        "Menteri Keuangan Sinta Dewi mengatakan, defisit anggaran tetap terkendali tahun ini.\n\n"
        '"Penerimaan pajak tumbuh lebih cepat dari perkiraan," kata Dewi.'
    )
    s = extract_statements(body, "id")
    assert by_text(s, "Penerimaan pajak").speaker == "Sinta Dewi"


def test_it_reads_menurut_and_trailing_kata():
    body = (
        "Menurut Rudi Hartono, harga cabai naik karena musim hujan berkepanjangan.\n\n"
        "Pasokan dari petani lokal juga berkurang drastis, kata Rudi."
    )
    s = extract_statements(body, "id")
    assert by_text(s, "harga cabai").speaker == "Rudi Hartono"
    assert by_text(s, "Pasokan dari petani").speaker == "Rudi Hartono"


def test_it_separates_the_channel_from_the_speaker():
    body = "Wakil menteri luar negeri Agus Salim, dalam wawancara kepada kantor berita Antara pada Senin, mengatakan bahwa perundingan akan dilanjutkan bulan depan."
    s = extract_statements(body, "id")
    assert s[0].speaker == "Agus Salim" and s[0].via == "Antara"


def test_an_english_told_names_the_channel():
    body = "Finance minister Clara Jensen told Reuters that the budget would be balanced within two years."
    s = extract_statements(body, "en")
    assert s[0].speaker == "Clara Jensen" and s[0].via == "Reuters"
    assert s[0].text.startswith("the budget")


def test_a_passive_denial_resolves_what_it_denies():
    body = (
        "Negara itu dituduh mengirim senjata ke kelompok pemberontak di perbatasan. "
        "Tuduhan itu dibantah keras oleh Korea Utara."
    )
    s = extract_statements(body, "id")
    d = by_text(s, "dibantah")
    assert d.stance == Stance.DENY and d.speaker == "North Korea"
    assert d.resolved_content and "mengirim senjata ke kelompok pemberontak" in d.resolved_content


def test_an_active_accusation_has_the_accuse_stance_and_several_speakers():
    body = "Ukraina bersama sekutunya, Amerika Serikat (AS), menuduh pasukan itu telah menyerang fasilitas sipil di kota pelabuhan."
    s = extract_statements(body, "id")
    assert s[0].stance == Stance.ACCUSE
    assert s[0].speaker == "Ukraine; United States"


def test_a_report_can_be_the_speaker():
    body = "Laporan badan pangan dunia menyebut harga gandum akan naik sepanjang musim dingin mendatang."
    s = extract_statements(body, "id")
    assert s[0].speaker.startswith("Laporan") and s[0].speaker_kind == "document"


def test_hal_itu_disampaikan_attaches_to_the_sentence_before():
    body = "Pemerintah akan menambah kuota beasiswa bagi mahasiswa dari daerah tertinggal. Hal itu disampaikan Menteri Pendidikan Yusuf Rahman di Jakarta."
    s = extract_statements(body, "id")
    assert by_text(s, "menambah kuota").speaker == "Yusuf Rahman"


def test_a_quote_with_an_em_dash_attribution():
    body = '"Kita tidak boleh lengah menghadapi musim banjir tahun ini." — Menteri Sosial Ratna Sari'
    s = extract_statements(body, "id")
    assert s[0].speaker == "Ratna Sari" and s[0].kind == Kind.DIRECT


def test_a_nested_quote_stays_inside_the_outer_one():
    body = "\"He told me, 'we are leaving tomorrow,' and then he hung up the phone,\" said Maria Lopez."
    s = extract_statements(body, "en")
    assert len(s) == 1 and s[0].speaker == "Maria Lopez"
    assert "'we are leaving tomorrow,'" in s[0].text


def test_english_he_said_after_two_named_people_takes_the_last_speaker():
    body = (
        "Mayor Tom Becker said the transit plan would be approved by spring. "
        "He met councillor Ann Price on Tuesday to discuss the route. "
        '"We have the votes to pass it without delay," he said.'
    )
    s = extract_statements(body, "en")
    assert by_text(s, "We have the votes").speaker == "Tom Becker"


def test_english_reported_speech_forms():
    body = (
        "According to the ministry, the new rules take effect in March next year. "
        "The deal will create hundreds of new jobs in the region, Premier Lisa Grant said on Monday. "
        "She added that the province would review the contract in two years."
    )
    s = extract_statements(body, "en")
    assert by_text(s, "new rules").speaker.lower().endswith("ministry")
    assert by_text(s, "hundreds of new jobs").speaker == "Lisa Grant"
    assert by_text(s, "review the contract").speaker == "Lisa Grant"


def test_english_denial_stance():
    body = "The company denied that it had misled investors about the size of its losses."
    s = extract_statements(body, "en")
    assert s[0].stance == Stance.DENY


def test_the_gazetteer_maps_aliases_and_accepts_new_entries():
    gaz = SpeakerGazetteer.default()
    assert gaz.lookup("Korut") == ("North Korea", "country")
    extra = SpeakerGazetteer([("Pak Lurah", "Slamet Riyadi", "person")])
    assert extra.lookup("pak lurah") == ("Slamet Riyadi", "person")
    assert gaz.extended([("Pak Lurah", "Slamet Riyadi", "person")]).lookup("Pak Lurah")[0] == "Slamet Riyadi"


def test_the_seed_article_yields_its_seven_statements():
    body = SEED.read_text(encoding="utf-8")
    s = extract_statements(body, "id")
    assert_offsets(body, s)
    speakers = [x.speaker for x in s]
    assert len(s) == 7
    direct = [x for x in s if x.kind == Kind.DIRECT]
    assert len(direct) == 2 and all(x.speaker == "Dmitry Peskov" for x in direct)
    assert direct[1].cue == "imbunya"
    assert speakers.count("Dmitry Peskov") == 3
    assert "North Korea" in speakers and "Ukraine; United States" in speakers
    deny = [x for x in s if x.stance == Stance.DENY]
    assert len(deny) == 1 and deny[0].resolved_content


_PIECES = st.sampled_from(['"', "“", "”", "‘", "’", "«", "»", ",", ".", " ", "\n", "\n\n", "kata", "ujarnya",
                           "Budi Santoso", "mengatakan", "said", "he", "Menurut", "—", "bahwa", "harga naik"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40), st.sampled_from(["id", "en", "fr"]))
def test_random_unbalanced_quotes_never_crash_and_offsets_hold(pieces, lang):
    body = "".join(pieces)
    for s in extract_statements(body, lang):
        assert body[s.start:s.end] == s.text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_keeps_the_offset_invariant(body):
    for s in extract_statements(body, "id"):
        assert body[s.start:s.end] == s.text


def test_a_speaker_named_two_ways_takes_its_first_name():
    body = "Lembaga Sensor Nasional atau badan pengawas film mengungkapkan bahwa 40 judul ditolak tahun ini."
    [s] = extract_statements(body, "id")
    assert s.speaker == "Lembaga Sensor Nasional"
    assert s.speaker_mention == "Lembaga Sensor Nasional atau badan pengawas film"
    assert s.text == "40 judul ditolak tahun ini"


def test_an_english_speaker_named_two_ways_takes_its_first_name():
    body = "The Harbour Authority, or the port office, said that the pier would reopen on Monday."
    [s] = extract_statements(body, "en")
    assert s.speaker == "The Harbour Authority"


def test_an_indonesian_acronym_the_article_spells_out_speaks_under_the_full_name():
    body = ("Laporan itu disusun oleh Lembaga Riset Pangan Nusantara (LRPN) pada bulan lalu.\n\n"
            "LRPN mengatakan, harga beras di pasar induk naik 12 persen dalam sepekan.")
    stmts = extract_statements(body, "id")
    hit = [s for s in stmts if "harga beras" in s.text]
    assert [(s.speaker, s.speaker_mention) for s in hit] == [("Lembaga Riset Pangan Nusantara", "LRPN")]


def test_indonesian_unnamed_sources_are_a_speaker():
    body = "Sumber yang mengetahui pembicaraan itu mengatakan, kesepakatan dagang akan diteken pekan depan."
    hit = [s for s in extract_statements(body, "id") if "kesepakatan dagang" in s.text]
    assert [s.speaker for s in hit] == ["Sumber yang mengetahui pembicaraan itu"]


def test_an_acronym_alias_matches_only_when_written_in_capitals():
    gaz = SpeakerGazetteer([("WHO", "World Health Organization", "organisation"),
                            ("Korut", "North Korea", "country")])
    assert gaz.lookup("WHO") == ("World Health Organization", "organisation")
    assert gaz.lookup("who") is None and "who" not in gaz
    assert gaz.lookup("korut") == ("North Korea", "country")  # not an acronym: any case
    assert gaz.extended([]).lookup("who") is None
    assert SpeakerGazetteer([("EU", "European Union", "organisation")]).lookup("the EU") == ("European Union", "organisation")


def test_an_indonesian_negated_cue_reports_nothing():
    body = ("Dalam jumpa pers harian, Budi Santoso tak mengumumkan jumlah pasien yang meninggal di rumah.\n\n"
            "Wali kota enggan mengatakan siapa yang akan menggantikan kepala dinas itu.")
    assert extract_statements(body, "id") == []


def test_a_known_speaker_behind_a_possessor_an_apposition_or_a_bracketed_acronym():
    gaz = SpeakerGazetteer([("NIS", "National Intelligence Service", "organisation"),
                            ("National Intelligence Service", "National Intelligence Service", "organisation"),
                            ("Kremlin", "Kremlin", "organisation")])
    en_body = "South Korea's National Intelligence Service told lawmakers the shells were shipped in August."
    assert [s.speaker for s in extract_statements(en_body, "en", gaz)] == ["National Intelligence Service"]
    id_body = ("Pyongyang telah memasok lebih dari satu juta peluru ke Moskow sejak Agustus, "
               "Badan Intelijen Nasional (NIS) Seoul melaporkan pada hari Rabu.")
    assert [s.speaker for s in extract_statements(id_body, "id", gaz)] == ["National Intelligence Service"]


def test_a_known_speaker_named_after_a_description_at_the_end_of_the_sentence():
    gaz = SpeakerGazetteer([("KCNA", "KCNA", "organisation"), ("BPS", "Statistics Indonesia", "organisation")])
    id_body = ("Kunjungan Putin menunjukkan bahwa persahabatan kedua negara kokoh, kata kantor berita Korea Utara, KCNA.\n\n"
               "Harga beras akan turun pekan depan, menurut lembaga statistik negara, BPS.\n\n"
               "Harga gula juga akan turun, kata juru bicara BPS, Ateng Hartono.")
    assert [s.speaker for s in extract_statements(id_body, "id", gaz)] == ["KCNA", "Statistics Indonesia", "Ateng Hartono"]
    en_body = "Rice prices will fall next week, said the state statistics agency, BPS."
    assert [s.speaker for s in extract_statements(en_body, "en", gaz)] == ["Statistics Indonesia"]
    # (a name the gazetteer does not know is not taken for the speaker)
    other = "Harga beras akan turun pekan depan, kata lembaga statistik negara, Selasa."
    assert [s.speaker for s in extract_statements(other, "id", gaz)] == ["lembaga statistik negara"]


def test_an_office_that_lists_its_parts_then_the_person_and_a_mixed_case_acronym_before_a_name():
    body = ("Direktur Jenderal Guru, Tenaga Kependidikan, dan Pendidikan Guru (GTKPG) Kemendikdasmen Sri Wahyuni "
            "Lestari mengatakan, pihaknya telah mengusulkan 419.146 formasi guru PPPK.\n\n"
            "Deputi Bidang Sumber Daya Manusia Aparatur KemenPAN-RB Aris Munandar Siregar menyebut formasi yang "
            "ditetapkan tahun ini sebanyak 248.500.")
    assert [s.speaker for s in extract_statements(body, "id")] == ["Sri Wahyuni Lestari", "Aris Munandar Siregar"]
    # (two people joined by `dan` are no office listing its parts)
    body = ("Ragheb Al Turkmani, 49, dan Abir Al Basha, 39, mengatakan biaya kewarganegaraan terlalu mahal bagi "
            "keluarga mereka.")
    assert [s.speaker for s in extract_statements(body, "id")] != ["Abir Al Basha"]


def test_a_title_and_a_long_office_in_capitals_before_the_name():
    body = ("Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM) Kabupaten Cianjur Dadan Ruhiyat "
            "Sutisna mengatakan, pihaknya hanya mengusulkan 450 formasi karena keterbatasan anggaran.")
    assert [s.speaker for s in extract_statements(body, "id")] == ["Dadan Ruhiyat Sutisna"]


def test_a_denial_of_an_earlier_claim_after_a_comma_does_not_take_the_words_before_the_comma():
    body = ("Penumpang menyebut kapal kelebihan muatan. Pemilik kapal dari PT Tirta Bahari Flores, Yosef Lamanepa "
            "membantah tudingan tersebut.")
    assert not [s for s in extract_statements(body, "id") if s.text.startswith("Pemilik kapal")]


def test_a_nya_cue_goes_to_the_person_a_role_introduces_after_the_last_quote():
    body = (
        '"Stok beras aman sampai akhir tahun," kata Menteri Pertanian Budi Santoso. '
        "Gubernur Rina Lestari mengapresiasi langkah pemerintah pusat itu. "
        '"Kami akan menyalurkan beras ke semua kabupaten pekan depan," ujarnya.'
    )
    s = extract_statements(body, "id")
    assert by_text(s, "menyalurkan beras").speaker == "Rina Lestari"


def test_a_nya_cue_goes_to_a_person_introduced_as_name_comma_role():
    body = (
        '"Harga cabai turun sejak pekan lalu," kata Andi Wijaya. '
        "Sri Handayani, Ketua Asosiasi Pedagang Pasar, ikut meninjau pasar induk pada Senin pagi. "
        '"Di pasar kecil harganya masih tinggi sekali," katanya.'
    )
    s = extract_statements(body, "id")
    assert by_text(s, "pasar kecil").speaker == "Sri Handayani"


def test_a_person_something_is_done_to_does_not_take_the_next_nya_cue():
    body = (
        '"Pemeriksaan berjalan sesuai prosedur," kata Bambang Sutrisno. '
        "Kepala Desa Sukamaju Joko Santoso dinonaktifkan selama pemeriksaan. "
        '"Kami menunggu hasilnya minggu depan," ujarnya.'
    )
    s = extract_statements(body, "id")
    assert by_text(s, "menunggu hasilnya").speaker == "Bambang Sutrisno"


def test_a_subheading_run_into_the_next_sentence_does_not_hide_its_subject():
    # a subheading whose line break was lost (`Tak ada anggaran`) before a role-led subject
    body = (
        '"Jalan desa sudah diperbaiki," kata Andi Wijaya. '
        "Tak ada anggaran Ketua Komisi Pembangunan Rina Lestari menyayangkan lambatnya perbaikan jembatan. "
        '"Jembatan itu sudah rusak sejak tahun lalu," ujarnya.'
    )
    s = extract_statements(body, "id")
    assert by_text(s, "rusak sejak").speaker == "Rina Lestari"


def test_a_role_with_dari_and_its_party_keeps_the_name_after_them():
    body = (
        "Wakil Ketua Komisi II dari Fraksi Partai Hijau Budi Santoso mengatakan, pelantikan tidak perlu ditunda. "
        '"Dilantik dulu, baru kemudian dibawa ke pengadilan," katanya.'
    )
    s = extract_statements(body, "id")
    assert "Budi Santoso" in by_text(s, "Dilantik dulu").speaker


def test_a_person_from_a_place_is_still_cut_at_dari():
    body = '"Pasar sudah ramai sejak pagi," kata Budi Santoso dari Jakarta.'
    s = extract_statements(body, "id")
    assert by_text(s, "Pasar sudah ramai").speaker == "Budi Santoso"


def test_a_capitalised_preposition_inside_a_ministry_name_does_not_end_the_role():
    body = '"Semua daerah wajib mengikuti aturan pusat," kata Kepala Pusat Penerangan Kementerian Dalam Negeri Budi Santoso.'
    s = extract_statements(body, "id")
    assert by_text(s, "wajib mengikuti").speaker == "Budi Santoso"


def test_an_acronym_in_brackets_inside_a_role_does_not_end_it():
    body = '"Kami bingung dengan aturan yang berbeda-beda," kata Ketua Komisi Pemilihan Umum (KPU) Rina Lestari, Kamis.'
    s = extract_statements(body, "id")
    assert by_text(s, "Kami bingung").speaker == "Rina Lestari"


def test_a_quantified_role_is_a_group_and_does_not_take_the_next_nya_cue():
    body = (
        '"Masker dibagikan gratis di setiap kelurahan," kata Wali Kota Rina Lestari. '
        "Beberapa Kepala Dinas ikut membagikan masker di pasar kesehatan. "
        '"Warga harus tetap memakai masker di luar rumah," katanya.'
    )
    s = extract_statements(body, "id")
    assert by_text(s, "tetap memakai masker").speaker == "Rina Lestari"


def test_a_subheading_ending_in_a_lower_case_role_word_still_ends_before_the_role():
    # `kesehatan` is a word of titles too, but written in lower case it closes the subheading
    body = (
        '"Vaksin tiba pekan depan," kata Andi Wijaya. '
        "Awasi layanan kesehatan Kepala Dinas Kesehatan Rina Lestari meninjau tiga klinik di pusat kota. "
        '"Banyak klinik belum punya izin," katanya.'
    )
    s = extract_statements(body, "id")
    assert by_text(s, "belum punya izin").speaker == "Rina Lestari"


def test_what_an_agency_says_it_learned_is_its_claim_only_before_a_clause():
    body = ("Badan Intelijen Nasional (NIS) mendapatkan informasi kalau Korea Utara sudah mengirimkan lebih "
            "dari 1 juta peluru artileri ke Rusia. Polisi menerima laporan bahwa jembatan itu retak sejak Senin. "
            "Kantor itu menerima laporan dari warga setiap hari. Dinas sosial memperoleh informasi dari kecamatan.")
    s = extract_statements(body, "id")
    assert_offsets(body, s)
    assert by_text(s, "Korea Utara sudah mengirimkan").cue == "mendapatkan informasi"
    assert by_text(s, "jembatan itu retak").cue == "menerima laporan"
    assert not [x for x in s if "dari warga" in x.text or "dari kecamatan" in x.text]


def test_a_known_agency_among_descriptive_words_is_that_agency():
    gaz = SpeakerGazetteer([("HBS", "Harbour Broadcasting Service", "organisation"),
                            ("Harbour Broadcasting Service", "Harbour Broadcasting Service", "organisation"),
                            ("Nordland", "Nordland", "country")])
    for phrase in ("Nordland's state media HBS", "the island's official Harbour Broadcasting Service",
                   "Nordland's HBS news agency"):
        stmts = extract_statements(f"{phrase} reported that the ferry will sail in June.", "en", gaz)
        assert [s.speaker for s in stmts] == ["Harbour Broadcasting Service"], phrase
    for phrase in ("Kantor berita Nordland HBS", "Media pemerintah Nordland HBS"):
        stmts = extract_statements(f"{phrase} melaporkan bahwa kapal akan berlayar pada Juni.", "id", gaz)
        assert [s.speaker for s in stmts] == ["Harbour Broadcasting Service"], phrase
    # a country among descriptors only modifies them: the state media are not the state
    stmts = extract_statements("Laporan media pemerintah Nordland menyebut kapal akan berlayar pada Juni.", "id", gaz)
    assert [s.speaker for s in stmts] != ["Nordland"]


def test_a_veterinarians_or_dentists_title_before_a_name_is_no_part_of_it():
    body = ('"Cakupan vaksinasi anjing di NTT baru sekitar 30 persen, padahal minimal harus 70 persen," kata Ketua '
            "Perhimpunan Dokter Hewan Indonesia (PDHI) Cabang NTT drh. Yanuarius Kolo.\n\n"
            '"Gigi anak perlu diperiksa tiap enam bulan," ujar Kepala Puskesmas Oebobo drg. Maria Goreti.')
    assert [s.speaker for s in extract_statements(body, "id")] == ["Yanuarius Kolo", "Maria Goreti"]


def test_a_first_name_after_a_full_name_that_closes_an_office_with_a_place():
    body = ("Bupati Timor Tengah Selatan Marthen Nenobais mengeluarkan instruksi penertiban hewan penular rabies.\n\n"
            '"Semua anjing wajib diikat atau dikandangkan," kata Marthen.\n\n'
            "Ketua PDHI NTT Yanuarius Kolo mengatakan cakupan vaksinasi anjing baru 30 persen.\n\n"
            'Dikonfirmasi terpisah, Marthen membantah. "Anggaran vaksin sudah kami cairkan sejak April," katanya.')
    assert [(s.speaker, s.text[:20]) for s in extract_statements(body, "id")] == [
        ("Marthen Nenobais", "Semua anjing wajib d"), ("Yanuarius Kolo", "cakupan vaksinasi an"),
        ("Marthen Nenobais", "Anggaran vaksin suda")]
