from types import SimpleNamespace

from claims.display import body_segments, decode_raw, spread_chart, word_diff


def test_word_diff_marks_changed_words_only():
    pieces = word_diff("harga beras turun lima persen", "harga beras turun tujuh persen")
    assert [(p.op, p.text) for p in pieces] == [
        ("same", "harga beras turun "), ("del", "lima"), ("ins", "tujuh"), ("same", " persen")
    ]


def test_word_diff_puts_both_texts_back_together():
    a, b = "Kami  tidak pernah bilang begitu.", "Kami tidak bilang begitu, katanya."
    pieces = word_diff(a, b)
    assert "".join(p.text for p in pieces if p.op != "ins") == a
    assert "".join(p.text for p in pieces if p.op != "del") == b


def test_body_segments_cut_at_claim_offsets_and_skip_overlaps():
    body = "Dia bilang: harga naik. Lalu: harga turun."
    first = SimpleNamespace(start=12, end=23)
    overlapping = SimpleNamespace(start=18, end=30)
    second = SimpleNamespace(start=30, end=42)
    segments = body_segments(body, [second, overlapping, first])
    assert "".join(s.text for s in segments) == body
    assert [s.text for s in segments if s.claim] == ["harga naik.", "harga turun."]


def test_decode_raw_uses_the_stored_encoding_and_survives_an_unknown_one():
    assert decode_raw("Señor".encode("latin-1"), "latin-1") == "Señor"
    assert decode_raw(b"abc", "no-such-codec") == "abc"


def test_spread_chart_marks_only_the_first_appearance():
    import datetime as dt

    t = dt.datetime(2024, 5, 25, tzinfo=dt.UTC)
    chart = spread_chart([("A", t), ("B", t + dt.timedelta(hours=2)), ("A", t + dt.timedelta(hours=4))])
    assert [row.outlet for row in chart.rows] == ["A", "B"]
    assert [d.first for row in chart.rows for d in row.dots] == [True, False, False]
