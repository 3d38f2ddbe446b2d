from datetime import datetime, timedelta, timezone

import pytest

from sources.parsing import NoArticleText, is_html, parse_article

NEWS_PAGE = """<!DOCTYPE html>
<html lang="id"><head>
<meta charset="utf-8">
<title>Wali Kota Janjikan Trotoar Baru - Kabar Contoh</title>
<meta property="og:site_name" content="Kompas.com">
<meta name="author" content="Rina Wulandari">
<meta property="article:published_time" content="2024-03-02T09:30:00+07:00">
</head><body>
<nav><a href="/">Beranda</a> | <a href="/kota">Kota</a></nav>
<article>
<h1>Wali Kota Janjikan Trotoar Baru</h1>
<p>Bandung - Wali Kota Bandung mengatakan perbaikan trotoar di pusat kota akan selesai sebelum musim hujan tiba tahun ini.</p>
<p>ADVERTISEMENT</p>
<p>"Kami sudah menyiapkan anggaran dan kontraktornya," ujar wali kota kepada wartawan di Balai Kota, Sabtu pagi.</p>
<p>Baca juga: Jalan Layang Baru Dibuka untuk Umum</p>
<p>Menurut dia, pekerjaan dimulai dari kawasan alun-alun dan berlanjut ke jalan-jalan di sekitarnya secara bertahap.</p>
</article>
<footer>Hak cipta dilindungi undang-undang.</footer>
</body></html>"""


def test_it_detects_html_by_filename_content_type_and_content():
    assert is_html("x", filename="berita.HTML")
    assert is_html("x", content_type="text/html; charset=utf-8")
    assert is_html("<!doctype html><p>x</p>")
    assert not is_html("Jakarta - Presiden berkata <tidak> hari ini.")
    assert not is_html(NEWS_PAGE, content_type="text/plain")


def test_it_extracts_the_article_body_from_a_news_page():
    article = parse_article(NEWS_PAGE.encode())
    paragraphs = article.body.split("\n\n")
    assert paragraphs[0].startswith("Wali Kota Bandung mengatakan perbaikan trotoar")
    assert '"Kami sudah menyiapkan anggaran dan kontraktornya," ujar wali kota' in article.body
    assert paragraphs[-1].startswith("Menurut dia, pekerjaan dimulai")
    for furniture in ("ADVERTISEMENT", "Baca juga", "Beranda", "Hak cipta"):
        assert furniture not in article.body


def test_it_reads_html_metadata():
    article = parse_article(NEWS_PAGE.encode(), filename="trotoar.html")
    assert article.title == "Wali Kota Janjikan Trotoar Baru"
    assert article.author == "Rina Wulandari"
    assert article.outlet == "Kompas.com"
    assert article.published_at == datetime(2024, 3, 2, 9, 30, tzinfo=timezone(timedelta(hours=7)))
    assert article.dateline == "Bandung"
    assert article.language == "id"


def test_it_takes_the_outlet_from_the_url_when_known():
    article = parse_article(NEWS_PAGE.encode(), url="https://www.tempo.co/kota/trotoar-123")
    assert article.outlet == "Tempo"
    assert article.url == "https://www.tempo.co/kota/trotoar-123"


@pytest.mark.parametrize(
    "html",
    [
        b"<html><body><div><p>unclosed <b>bold <i>",
        b"<!doctype html><html><head><title>Kosong</title></head><body><script>var a = 1;</script></body></html>",
        b"<html><body><nav>Beranda</nav><p>ADVERTISEMENT</p></body></html>",
    ],
)
def test_it_turns_malformed_or_empty_html_into_no_article_text(html):
    with pytest.raises(NoArticleText):
        parse_article(html, filename="page.html")


def test_it_survives_broken_markup_around_real_text():
    html = (
        "<html><body><div><p>Jakarta - Kepala dinas mengatakan banjir di kawasan utara kota mulai surut "
        "sejak pagi tadi setelah pompa tambahan dipasang.<p>Warga diminta tetap waspada karena hujan "
        "deras diperkirakan turun lagi pada malam hari, kata kepala dinas.</div></span></body>"
    )
    article = parse_article(html.encode())
    assert "banjir di kawasan utara kota mulai surut" in article.body
