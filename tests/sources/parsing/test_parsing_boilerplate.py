import pytest

from sources.parsing import parse_article
from sources.parsing.boilerplate import classify_line

ARTICLE = """Banjir Rendam Ribuan Rumah di Pesisir Utara

Banjir Rendam Ribuan Rumah di Pesisir Utara

Dewi Lestari - detikNews
Senin, 12 Februari 2024 08:45 WIB
Warga menyeberangi jalan yang tergenang di pesisir utara (Foto: Dewi Lestari/detikcom)
Semarang -

Banjir merendam ribuan rumah di pesisir utara kota sejak Minggu malam, kata petugas penanggulangan bencana.

SCROLL TO CONTINUE WITH CONTENT

"Air naik sangat cepat setelah tanggul jebol," ujar kepala pelaksana badan penanggulangan bencana daerah.

ADVERTISEMENT

Baca juga: Tanggul Jebol, Warga Diminta Mengungsi

Simak berita selengkapnya di halaman selanjutnya.

Petugas mendirikan dapur umum di halaman balai desa untuk para pengungsi.

Lomba Desa Tangguh 2024
Ikuti kisah para relawan di sini
Selengkapnya

Hide Ads"""


def test_it_removes_ad_slots_and_reading_prompts():
    body = parse_article(ARTICLE).body
    for furniture in ("SCROLL TO CONTINUE", "ADVERTISEMENT", "Baca juga", "Simak berita", "Hide Ads"):
        assert furniture not in body


def test_it_removes_the_byline_date_caption_title_and_dateline():
    body = parse_article(ARTICLE).body
    assert body.startswith("Banjir merendam ribuan rumah di pesisir utara kota")
    assert "Dewi Lestari" not in body and "08:45" not in body and "(Foto:" not in body
    assert "Banjir Rendam Ribuan Rumah" not in body


def test_it_cuts_the_promo_block_after_the_last_paragraph():
    body = parse_article(ARTICLE).body
    assert body.endswith("untuk para pengungsi.")
    assert "Selengkapnya" not in body and "relawan" not in body


def test_it_separates_paragraphs_with_blank_lines():
    assert parse_article(ARTICLE).body.split("\n\n") == [
        "Banjir merendam ribuan rumah di pesisir utara kota sejak Minggu malam, kata petugas penanggulangan bencana.",
        '"Air naik sangat cepat setelah tanggul jebol," ujar kepala pelaksana badan penanggulangan bencana daerah.',
        "Petugas mendirikan dapur umum di halaman balai desa untuk para pengungsi.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "ADVERTISEMENT",
        "SCROLL TO CONTINUE WITH CONTENT",
        "BACA JUGA: Harga Beras Naik Lagi",
        "• Read also: Storm closes highway for second day",
        "  • USD/IDR 15.880   50,00   0,31%",
        "| : WIB | INDIKATOR |",
        "Photo : YONHAP News",
        "Petugas memeriksa tanggul (dok. Humas BPBD)",
        "A man walks past a flooded shop in this image taken by a drone. REUTERS/Staff Acquire Licensing Rights",
        # the furniture of Indonesian and English news sites as a reader copies it
        "Pilihan Editor: Harga Beras Naik Lagi di Pasar Induk",
        "Baca berita dengan sedikit iklan, klik di sini",
        "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu.",
        "Dapatkan update berita pilihan dan breaking news setiap hari dari situs kami. Mari bergabung di grup.",
        "url telah tercopy",
        "[Gambas:Video CNN]",
        "Copyright © Kantor Berita 2025",
        "Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis tanpa izin tertulis.",
        "Sebagian artikel ini telah tayang di situs lain dengan judul Harga Beras Naik",
        "* Follow Official WhatsApp Channel kami untuk mendapatkan Berita Terkini dengan mengklik tautan ini.",
        "Warga menunggu bantuan di posko pengungsian, Senin (3/3/2025). HARIANKOTA/Budi Santoso",
        "Link copied",
        "Change Size",
        "Add as preferred on Google",
        "Join our WhatsApp Channel and get the latest news and must-reads.",
        "Harbour Post writer Ann Lee in Halifax contributed to this report.",
        "Our Standards: The Trust Principles.",
        "Rescuers search the rubble in the port on Tuesday. PHOTO: HARBOUR POST",
        "Sewage pours into the river near the weir. Photograph: Ann Lee/Harbour Post",
        "News provided by",
        "Ilustrasi aplikasi perdagangan saham. [Shutterstock]",
        "A tiger rests in an enclosure. Image by Harbour Wildlife Project via Flickr (CC BY-NC 2.0).",
        "See related: Tiger numbers may be higher than thought",
        "FEEDBACK: Use this form to send a message to the author of this post.",
        "Editor's Choice: Regulator Warns Public of Illegal Investment Offers",
        'Baca artikel detiknews, "Harga Beras Naik Lagi di Pasar Induk" selengkapnya https://news.detik.com/x',
        "Download Apps Detikcom Sekarang https://apps.detik.com/detik/",
        "Baca berita lengkapnya di sini",
    ],
)
def test_it_recognises_furniture_lines(line):
    assert classify_line(line.strip()) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Menteri mengatakan harga beras akan turun bulan depan, seperti dilansir Antara.",
        '"We will reopen the highway by Friday," the minister told reporters.',
        "Ia membaca juga laporan dari dinas kesehatan sebelum rapat dimulai.",
        "The price of gold rose 2% to $2,300 an ounce on Tuesday.",
        "The photo was taken by a resident and shared via WhatsApp on Monday night.",
        "He said the plan [to widen the road] would start next year.",
    ],
)
def test_it_keeps_ordinary_sentences(line):
    assert classify_line(line) is None


def test_it_keeps_a_caption_like_line_below_the_first_paragraph():
    text = (
        "The city council voted on Monday to expand the bus network to the northern suburbs, a plan that "
        "residents and business owners have requested for many years, the mayor said in a statement.\n\n"
        "Maria Lopez waits at a bus stop in the north end. She says the new routes will save her an hour a day. "
        "( Jane Doe / Staff Photographer )\n\n"
        "The expansion will cost about $40 million over three years."
    )
    assert "She says the new routes will save her an hour a day." in parse_article(text).body


def test_it_keeps_printed_characters_such_as_no_break_spaces():
    text = "Menteri itu mengatakan\u00a0harga cabai\u200b akan turun pekan depan."
    assert parse_article(text).body == text


def test_it_drops_a_teaser_repeated_as_the_first_paragraph():
    text = (
        "Harga Cabai Turun di Pasar Induk\n"
        "Harga cabai rawit turun tajam di pasar induk pada pekan ini.\n"
        "KOMPAS.com - Harga cabai rawit turun tajam di pasar induk pada pekan ini.\n"
        "Pedagang mengatakan pasokan dari daerah sentra kembali normal."
    )
    article = parse_article(text)
    assert article.body.count("Harga cabai rawit turun tajam") == 1
    assert article.outlet == "Kompas.com"


def test_it_drops_the_headlines_under_a_bare_read_also_label():
    text = (
        "Banjir merendam ribuan rumah di pesisir utara kota sejak Minggu malam, kata petugas.\n\n"
        "Baca juga:\n"
        "Tanggul Jebol, Warga Diminta Mengungsi\n"
        "Cek Fakta: Benarkah Bendungan Katulampa Jebol?\n\n"
        "Petugas mendirikan dapur umum di halaman balai desa untuk para pengungsi."
    )
    assert parse_article(text).body.split("\n\n") == [
        "Banjir merendam ribuan rumah di pesisir utara kota sejak Minggu malam, kata petugas.",
        "Petugas mendirikan dapur umum di halaman balai desa untuk para pengungsi.",
    ]


def test_it_removes_link_annotations_inside_a_paragraph():
    text = ("HALIFAX (Harbour Post) - Ferry operator Nordline (NRDL.O), opens new tab said on Thursday it would "
            "cut about 12% of its workforce as bookings fell for a third quarter.")
    body = parse_article(text).body
    assert "opens new tab" not in body and "Nordline (NRDL.O) said on Thursday" in body


@pytest.mark.parametrize("footer", ["Suggested Topics:", "Explore more on these topics", "More on this story",
                                    "Related topics", "Media Contact:", "Your Opinion Matters",
                                    "I hope you appreciated this article. Before you move on, consider supporting us."])
def test_it_cuts_the_footer_at_its_heading(footer):
    text = ("The city council voted on Monday to expand the bus network to the northern suburbs, a plan that "
            "residents have requested for many years, the mayor said.\n\n"
            f"{footer}\n\nFerry fares will rise in June, the operator said in a statement on Friday.")
    assert parse_article(text).body.endswith("the mayor said.")


def test_a_related_stories_block_inside_the_text_is_not_the_footer():
    text = (
        "The port will stay closed for a week after the quake cracked its main wharf, the harbour master said.\n\n"
        "Related Stories\nIsland still rebuilding three months after the last quake\nWhy the ring of fire keeps shaking\n\n"
        "A spokesperson for the foreign ministry said the government had offered help to the island.\n\n"
        '"No citizens are known to have been injured," the spokesperson said on Tuesday evening.\n\n'
        "Related Stories\nFerry fares rise again\n\nMore from this author\nA quake hit the coast overnight, officials said..."
    )
    body = parse_article(text).body
    assert "Related Stories" not in body and "ring of fire" not in body
    assert "the government had offered help" in body and "No citizens are known" in body
    assert "Ferry fares" not in body and "overnight" not in body  # the footer, whose teasers are cut off


def test_video_boxes_and_newsletter_prompts_are_furniture():
    text = ("Dinas kesehatan mencatat 51 kasus leptospirosis sejak banjir melanda kota itu pekan lalu, kata kepala dinas.\n\n"
            "Simak juga video pilihan berikut ini:\n\nViral Ijazah Ditahan karena Tunggakan SPP, Ini Respons Dinas\n\n"
            "Warga diminta memakai sepatu bot saat membersihkan rumah setelah banjir surut, ujar dia kepada wartawan.")
    body = parse_article(text).body
    assert "Simak juga" not in body and "Viral Ijazah" not in body and "sepatu bot" in body
    text = ("The city recorded 51 leptospirosis cases after the floods, the health office said on Tuesday.\n\n"
            "Get our pick of top stories and thought-provoking articles in your inbox\n"
            "Stay updated with notifications for breaking news and our best stories\n\n"
            "The mayor said every death would be announced once a laboratory confirmed its cause.")
    body = parse_article(text).body
    assert "Get our pick" not in body and "Stay updated" not in body and "every death" in body


def test_an_editors_picks_box_inside_the_text_is_not_the_footer():
    text = (
        "Harga tiket pesawat kelas ekonomi turun 12 persen selama masa angkutan Lebaran, kata Menteri Perhubungan.\n\n"
        "Pilihan Redaksi\nHarga Avtur Naik, Asosiasi Minta Pemerintah Turun Tangan\nJadwal Lengkap Cuti Bersama Lebaran\n\n"
        "Di sisi lain, lembaga konsumen menuding maskapai sudah lebih dulu menaikkan harga tiket sebelum tarif baru berlaku.\n\n"
        "Ketua lembaga itu mengatakan tiket rute Jakarta-Medan kini dijual hingga 30 persen lebih mahal dibanding Januari.\n\n"
        "Pilihan Redaksi\nTarif Bus Tidak Naik Jelang Mudik\nKomentar"
    )
    body = parse_article(text).body
    assert "Pilihan Redaksi" not in body and "Cuti Bersama" not in body
    assert "menuding maskapai" in body and "30 persen lebih mahal" in body
    assert "Tarif Bus" not in body  # the box at the foot, with nothing below it, is the footer


def test_a_more_on_this_topic_block_inside_the_text_is_not_the_footer():
    text = (
        "The province collected 268 billion rupiah from the levy in eight months, the governor said on Tuesday.\n\n"
        "MORE ON THIS TOPIC\nIsland cracks down on misbehaving visitors\nArrivals hit a record in July\n\n"
        "The checks have drawn complaints from some visitors, who said they were stopped three times a day.\n\n"
        '"Visitors must not be made to feel like suspects," a ministry spokesperson said in a statement.\n\n'
        "MORE ON THIS TOPIC\nFerry fares rise again\nA quake hit the coast overnight, officials said..."
    )
    body = parse_article(text).body
    assert "MORE ON THIS TOPIC" not in body and "misbehaving" not in body and "Ferry fares" not in body
    assert "drawn complaints" in body and "feel like suspects" in body


def test_a_numbered_list_of_recommended_stories_inside_the_text():
    text = (
        "The court annulled the result of the by-election in the capital and ordered a rerun within 60 days.\n\n"
        "Recommended Stories\nlist of 3 items\nlist 1 of 3\nFirst headline here\nlist 2 of 3\nSecond headline here\n"
        "list 3 of 3\nThird headline here\nend of list\n\n"
        "The opposition candidate who filed the petition welcomed the ruling on Friday afternoon.\n\n"
        "The commission said it would announce a new date for the vote next week, its chairperson said."
    )
    body = parse_article(text).body
    assert "headline" not in body and "list" not in body and "announce a new date" in body


@pytest.mark.parametrize(
    "line",
    ["Lihat Foto", "Bagikan artikel ini", "Ikuti berita terkini dari situs kami di Google News", 'Simak Video "Banjir Rendam Kota"',
     "(Harianwarta.com/Rizky Armanda)", "Exclusive news, data and analytics for financial market professionals",
     "Item 1 of 2 A worker walks near the palace in the new capital, August 1, 2024.",
     "The Daily Briefing newsletter provides all the news you need to start your day. Sign up here.",
     "Reporting by Ann Lee; Editing by Tom Hale", "READ: Commission warns candidates against early posters",
     "TAGS: 2025 elections", "Change text size", "Warga menunggu di posko, Senin (3/3/2025). (HARIANWARTA.COM/RIZKY ARMANDA)",
     "Petugas memeriksa kapal di pelabuhan. Cekfakta.warta.co/Ikhsan Rahmadi", "Rescuers search the port. — Warta pic"],
)
def test_it_recognises_more_furniture(line):
    assert classify_line(line) is not None


def test_a_footer_about_the_site_is_not_a_link_block():
    text = ("The ministry said the tax claim circulating on social media was false and had no legal basis at all.\n\n"
            "Tentang Cek Fakta Situs Contoh\n\n"
            "Melawan hoaks sama saja melawan pembodohan. Itu yang mendasari kami membuat kanal ini pada 2018.\n\n"
            "Bila Anda memiliki informasi seputar hoaks, silakan menyampaikannya kepada tim kami lewat surel.")
    assert parse_article(text).body.endswith("no legal basis at all.")


@pytest.mark.parametrize("line", ["(asm/sar)", "BACA HALAMAN BERIKUTNYA", "Scroll Untuk Melanjutkan", "Getty Images",
                                  "Listen: How did a league match end in tragedy?", "Found a mistake in this article?",
                                  "Related search: ride-hailing, minimum fare", "Companies & Markets  |  Energy & Commodities",
                                  "Screenshot taken on February 28, 2025 of the false post", "Top Stories",
                                  "Copyright © 2025 The Press Agency. All rights reserved. This material may not be "
                                  "published, broadcast, rewritten or redistributed without permission."])
def test_it_recognises_furniture_of_a_fourth_set_of_sites(line):
    assert classify_line(line) is not None


def test_a_byline_with_a_bar_is_no_navigation_bar():
    assert classify_line("Penulis Ann Lestari | Editor Budi Santoso") is None


def test_every_end_tied_pattern_names_a_marker_the_search_gate_knows():
    # the gate skips a line whose tail holds no marker: a pattern needing none of them would never match
    from sources.parsing import patterns

    for group, markers in ((patterns.CAPTION + patterns.HEADER_CAPTION, patterns.CAPTION_END_MARKERS),
                           (patterns.DROP_LINE, patterns.DROP_END_MARKERS)):
        for p in group:
            if p.pattern.endswith("$") and not p.pattern.startswith("^"):
                source = p.pattern.replace("\\", "").lower()
                assert any(m.lower() in source for m in markers), p.pattern


@pytest.mark.parametrize(
    "line",
    [
        # reading prompts and buttons
        "Scroll down untuk melanjutkan membaca", "Scroll ke bawah untuk melanjutkan membaca",
        "Advertisement · Scroll to continue", "Advertising", "3 min Reading time", "Perbesar",
        "Ukuran Font: Kecil Besar", "Bagikan artikel ini melalui",
        # share rows and buttons
        "Facebook X Telegram WhatsApp Gift this article", "Share on Twitter", "Share via WhatsApp",
        # tag lines and agency desk codes
        "#Banjir Rob #Pekalongan #Jawa Tengah", "bur-abc/xyz", "str/abc/de",
        # reader prompts of news sites
        "Join ST's Telegram channel and get the latest breaking news delivered to you.",
        "Read 5 articles and stand to win rewards", "Spin the wheel now",
        "Read a summary of this article on FAST.", "FAST",
        "Source: The Harbour Times © Harbour Media Limited. Co. Regn. No. 1234. All rights reserved.",
        "Your Premium period will expire in 3 day(s)", "Follow The Harbour Post on WhatsApp for the latest news",
        "Keep up to date with world news by downloading the Radio Contoh app",
        "($1 = 3.1500 ringgit)", "(Reporting by Ann Lee and Tom Hale; Editing by Sam Roe)",
        "Baca berita lengkap dan menarik lainnya di Google News",
        "* Fakta atau Hoaks? Untuk mengetahui kebenaran informasi yang beredar, silakan hubungi nomor kami.",
        "Artikel ini telah disesuaikan dengan pedoman pemberitaan Harian Contoh.",
        "SitusContoh.com | Tentang Kami | Pedoman Media Siber | Kebijakan Privasi",
        # a caption closed by a copyright credit
        "Residents wade through floodwater in the city centre on March 3, 2025. © Ann LEE / AFP",
        "The minister spoke to reporters in the capital © AFP/File",
        # ... and of a sixth
        "Gift Premium Articles", "X (formerly Twitter)", "Recommended by CNA", "Also worth reading",
        "Cek Berita dan Artikel yang lain di Google News dan WA Channel",
        "Baca berita tanpa iklan. Gabung Kompas.com+",
        # ... and of a seventh
        "Follow Harbour Globe on Google News", "Save articles to read later and create your own reading list.",
        "Get more insights with the Example Intelligence Cloud", "Related news: Bulog absorbs farmers' grain",
        "Translator: Ann Lee, Budi Santoso", "Facebook X WhatsApp Salin Tautan",
        "Dapatkan informasi terkini dan terpercaya seputar ekonomi dari Contoh.co.id",
        "Nikmati Konten Premium Untuk Informasi Yang Lebih Dalam",
    ],
)
def test_it_recognises_furniture_of_a_fifth_set_of_sites(line):
    assert classify_line(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "#MeToo activists rallied outside the court on Monday.",
        "The company said the deal was worth $1 billion (£800 million).",
        "Fakta atau hoaks, kata dia, harus diperiksa dulu sebelum dibagikan.",
        "Reporters said the ministry had told them to follow the official channel.",
    ],
)
def test_it_keeps_sentences_that_resemble_the_fifth_set(line):
    assert classify_line(line) is None


@pytest.mark.parametrize("footer", ["Topics:", "Topics :", "MORE ON THIS TOPIC", "Related content", "Page not found",
                                    "Daily newsletter", "Artikel Selanjutnya", "Baca berikutnya", "Tag Terkait",
                                    "Topik Terkait: Banjir | Cuaca Ekstrem | Jawa Tengah", "Editor's Picks"])
def test_it_cuts_the_footer_at_headings_of_a_fifth_set(footer):
    text = ("The city council voted on Monday to expand the bus network to the northern suburbs, a plan that "
            "residents have requested for many years, the mayor said.\n\n"
            f"{footer}\n\nFerry fares will rise in June, the operator said in a statement on Friday.")
    assert parse_article(text).body.endswith("the mayor said.")


@pytest.mark.parametrize("heading", ["+ Read more", "READ MORE HERE", "Read Next"])
def test_a_read_more_block_inside_the_text_is_not_the_footer(heading):
    text = (
        "The port will stay closed for a week after the quake cracked its main wharf, the harbour master said.\n\n"
        f"{heading}\nIsland still rebuilding three months after the last quake\nWhy the ring of fire keeps shaking\n\n"
        "A spokesperson for the foreign ministry said the government had offered help to the island.\n\n"
        '"No citizens are known to have been injured," the spokesperson said on Tuesday evening.'
    )
    body = parse_article(text).body
    assert "Read more" not in body and "READ MORE" not in body and "ring of fire" not in body
    assert "the government had offered help" in body and "No citizens are known" in body


def test_a_read_more_block_followed_by_a_subheading_inside_the_text_is_not_the_footer():
    text = (
        "Search teams on Wednesday recovered the body of a tin miner who was dragged into a river by a crocodile.\n\n"
        "Read More:\nCrocodile Sightings Rise in Former Mining Pits\nTin Output Falls Amid Crackdown\n\n"
        "His colleague, 41, told reporters the reptile seized the miner's leg as he was fixing a suction hose.\n\n"
        "Blame over habitat loss\n\n"
        "The attack has reignited a debate over the impact of tin mining on the province's rivers and mangroves.\n\n"
        "Read More:\nFerry fares rise again\nA quake hit the coast overnight"
    )
    body = parse_article(text).body
    assert "Read More" not in body and "Sightings" not in body and "Ferry fares" not in body
    assert "suction hose" in body and "reignited a debate" in body
