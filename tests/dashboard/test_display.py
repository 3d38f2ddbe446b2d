from types import SimpleNamespace

from claims.display import body_segments, comparable_diff, decode_raw, spread_chart, word_diff


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


def test_a_diff_is_drawn_only_between_wordings_that_share_most_words():
    assert comparable_diff("harga beras turun lima persen", "harga beras turun tujuh persen")
    # A translation or a paraphrase shares almost no word: the diff would interleave two texts.
    assert comparable_diff("harga beras turun lima persen", "rice prices fell five percent") is None
    assert comparable_diff("stok beras aman sampai akhir tahun", "persediaan cukup hingga Desember, stok aman") is None
    # Half of the shorter text's words in common is enough.
    assert comparable_diff("stok beras aman", "stok beras menipis di gudang") is not None


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


def _claim(explanation, score=None):
    return SimpleNamespace(match_explanation=explanation, match_score=score)


def test_claim_joined_reads_the_tier_score_and_cosine_of_the_explanation():
    from claims.display import Joined, claim_joined

    meaning = {"joined": "meaning", "score": 91.0, "explanation": {"semantic": {"cosine": 0.9104}}}
    assert claim_joined(_claim(meaning, 91.0), started=False) == Joined("meaning", 91.0, 0.9104)
    assert claim_joined(_claim({"joined": "wording", "score": 92.4}, 92.4), started=False) == Joined("wording", 92.4)
    assert claim_joined(_claim({"joined": "meaning", "score": 88.0}, 88.0), started=False).cosine == 0.88
    assert claim_joined(_claim({}), started=True) == Joined("started")
    assert claim_joined(_claim({}), started=False) is None  # moved by a merge: nothing known
    assert claim_joined(_claim({"manual": "detached"}), started=True) == Joined("manual")
    assert claim_joined(_claim({"ratio": 70}), started=False) is None


def test_suggestion_and_hit_labels_name_the_tier_that_found_them():
    from claims.display import Joined, hit_joined, suggestion_joined

    nested = SimpleNamespace(score=84.0, explanation={"explanation": {"joined_by": "meaning",
                                                                      "semantic": {"cosine": 0.84}}})
    flat = SimpleNamespace(score=80.0, explanation={"joined_by": "meaning", "semantic": {"cosine": 0.8}})
    assert suggestion_joined(nested) == Joined("meaning", 84.0, 0.84)
    assert suggestion_joined(flat) == Joined("meaning", 80.0, 0.8)
    assert suggestion_joined(SimpleNamespace(score=70.0, explanation={"ratio": 70})) == Joined("wording", 70.0)
    hit = SimpleNamespace(joined_by="meaning", score=90.0, cosine=0.9)
    assert hit_joined(hit) == Joined("meaning", 90.0, 0.9)
    assert hit_joined(SimpleNamespace(joined_by="wording", score=93.0, cosine=None)) == Joined("wording", 93.0)


def test_spread_chart_draws_thousands_of_appearances_as_dots_that_count_them():
    import datetime as dt

    t = dt.datetime(2024, 5, 25, tzinfo=dt.UTC)
    points = [(f"Outlet {i % 3}", t + dt.timedelta(minutes=i)) for i in range(9000)]
    chart = spread_chart(points)

    dots = [d for row in chart.rows for d in row.dots]
    assert all(len(row.dots) <= 48 for row in chart.rows)
    assert sum(d.count for d in dots) == 9000
    assert [d.first for d in dots].count(True) == 1 and dots[0].first
    assert (dots[0].label, dots[0].last) == ("2024-05-25T00:00+00:00", "2024-05-25T03:09+00:00")
    assert chart.rows[0].dots[-1].last == "2024-05-31T05:57+00:00"  # the last appearance


def test_spread_chart_draws_appearances_minutes_apart_together_at_the_start():
    import datetime as dt

    t = dt.datetime(2024, 6, 18, 22, tzinfo=dt.UTC)
    chart = spread_chart([("A", t), ("B", t + dt.timedelta(seconds=40)), ("C", t + dt.timedelta(minutes=3))])
    xs = [row.dots[0].x for row in chart.rows]
    assert xs[0] == 3 and xs[1] < 5 and xs[2] < 9  # not 3 / 17 / 97: seconds are not days
    assert chart.end == t + dt.timedelta(minutes=3)  # the caption still gives the last appearance

    days = spread_chart([("A", t), ("B", t + dt.timedelta(days=2))])
    assert [row.dots[0].x for row in days.rows] == [3, 97]
    assert spread_chart([("A", t)]).rows[0].dots[0].x == 3


def test_bars_keep_times_proportions_a_day_or_a_month_each():
    import datetime as dt

    from claims.display import per_period

    d = dt.date(2024, 5, 25)
    assert per_period({}) == ([], "day")
    assert per_period({d: 2, d + dt.timedelta(days=3): 1}) == (
        [(d, 2), (d + dt.timedelta(days=1), 0), (d + dt.timedelta(days=2), 0), (d + dt.timedelta(days=3), 1)], "day")
    bars, unit = per_period({d: 2, dt.date(2024, 5, 2): 1, dt.date(2024, 12, 31): 4, dt.date(2025, 1, 1): 1})
    assert unit == "month"
    assert bars[0] == (dt.date(2024, 5, 1), 3) and bars[-2:] == [(dt.date(2024, 12, 1), 4), (dt.date(2025, 1, 1), 1)]
    assert len(bars) == 9 and sum(n for _, n in bars) == 8
