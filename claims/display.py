"""Shapes the dashboard draws: word diffs, highlighted article bodies, SVG chart geometry.

Pure presentation over rows the selectors already fetched: no queries, no writes, and no HTML.
Templates render every piece of text, so Django escapes it (a dot's title is built here as
plain text in the active language, and escaped there too).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.utils.translation import gettext, ngettext

_WORDS = re.compile(r"\S+|\s+")


@dataclass(frozen=True)
class DiffPiece:
    op: str  # "same", "ins" or "del"
    text: str


def word_diff(base: str, other: str) -> list[DiffPiece]:
    """`other` against `base`, word by word; the spaces between words are compared too, so the
    pieces put back together read as the two texts did."""
    a, b = _WORDS.findall(base), _WORDS.findall(other)
    # autojunk off: in a long quote common words ("yang", "the") must still line up.
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    pieces: list[DiffPiece] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pieces.append(DiffPiece("same", "".join(a[i1:i2])))
            continue
        if tag in ("delete", "replace"):
            pieces.append(DiffPiece("del", "".join(a[i1:i2])))
        if tag in ("insert", "replace"):
            pieces.append(DiffPiece("ins", "".join(b[j1:j2])))
    return pieces


# A word diff helps when it marks a few changed words in a wording the reader can follow. Below
# this share of the shorter text's words in common (a translation, a paraphrase joined by
# meaning), nearly every word is struck out and inserted, and the two texts interleave into
# something neither outlet wrote: the claim is shown as written instead.
DIFF_MIN_SHARED = 0.5


def comparable_diff(base: str, other: str) -> list[DiffPiece] | None:
    """`word_diff(base, other)` when the two wordings share at least DIFF_MIN_SHARED of the
    shorter one's words (in order), else None."""
    pieces = word_diff(base, other)
    shared = sum(len(p.text.split()) for p in pieces if p.op == "same")
    shorter = min(len(base.split()), len(other.split()))
    return pieces if shorter and shared >= DIFF_MIN_SHARED * shorter else None


@dataclass(frozen=True)
class Joined:
    """How a claim joined its cluster, or how a suggestion came about: `how` is "wording" (with
    the string `score`, 0-100), "meaning" (with the `cosine`), "started" (the claim that started
    the cluster) or "manual" (a checker's decision)."""

    how: str
    score: float | None = None
    cosine: float | None = None


def _number(value) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _tier(explanation: dict, score: float | None) -> Joined:
    """The tier an explanation names (`joined` on a claim, `joined_by` beside or inside the
    matching explanation); wording when it names none, as everything was before the meaning tier."""
    inner = explanation.get("explanation")
    inner = inner if isinstance(inner, dict) else {}
    tier = explanation.get("joined") or explanation.get("joined_by") or inner.get("joined_by")
    if score is None:
        score = _number(explanation.get("score"))
    if tier == "meaning":
        semantic = inner.get("semantic") or explanation.get("semantic") or {}
        cosine = _number(semantic.get("cosine")) if isinstance(semantic, dict) else None
        # The score of a join by meaning is 100 x cosine (claims.matching.semantic.combine).
        if cosine is None and score is not None:
            cosine = score / 100
        return Joined("meaning", score=score, cosine=cosine)
    return Joined("wording", score=score)


def claim_joined(claim, *, started: bool) -> Joined | None:
    """How `claim` joined its cluster, read from `match_explanation`: `{}` for the claim that
    started it, `{"manual": ...}` for a checker's decision, `{"joined": "wording" | "meaning",
    ...}` for a match. `started` says whether the claim is the cluster's first (or its
    representative): a merge moves claims with the `{}` of the cluster they started, so `{}` on
    any other claim says nothing. None when nothing can be said: no label beats a wrong one."""
    explanation = claim.match_explanation
    if not isinstance(explanation, dict):
        return None
    if not explanation:
        return Joined("started") if started else None
    if "manual" in explanation:
        return Joined("manual")
    if explanation.get("joined") in ("wording", "meaning"):
        return _tier(explanation, _number(claim.match_score))
    return None


def suggestion_joined(suggestion) -> Joined:
    """How a MatchSuggestion came about: by meaning when its explanation says `joined_by:
    "meaning"`, by wording otherwise, with the suggestion's score."""
    explanation = suggestion.explanation if isinstance(suggestion.explanation, dict) else {}
    return _tier(explanation, _number(suggestion.score))


def hit_joined(hit) -> Joined:
    """How a match-box hit (claims.selectors.MatchHit) was found: its tier, score and cosine."""
    if hit.joined_by == "meaning":
        return Joined("meaning", score=hit.score, cosine=hit.cosine if hit.cosine is not None else hit.score / 100)
    return Joined("wording", score=hit.score)


@dataclass(frozen=True)
class Segment:
    text: str
    claim: object | None = None


def body_segments(body: str, claims) -> list[Segment]:
    """The body cut at each claim's offsets. A claim overlapping an earlier one is left out of the
    highlighting (it is still listed beside the text) rather than cutting the text twice."""
    segments, pos = [], 0
    for claim in sorted(claims, key=lambda c: (c.start, -c.end)):
        if claim.start < pos or claim.end > len(body):
            continue
        if claim.start > pos:
            segments.append(Segment(body[pos : claim.start]))
        segments.append(Segment(body[claim.start : claim.end], claim))
        pos = claim.end
    if pos < len(body):
        segments.append(Segment(body[pos:]))
    return segments


def decode_raw(raw: bytes, encoding: str) -> str:
    """The input as received, decoded with the encoding the parser found (UTF-8 if none)."""
    try:
        return raw.decode(encoding or "utf-8", errors="replace")
    except LookupError:
        return raw.decode("utf-8", errors="replace")


# Charts. Horizontal positions are percentages of the plot and vertical ones pixels, so an SVG
# drawn at 100% width stretches with the page while its text and dots keep their size.


@dataclass(frozen=True)
class Bar:
    x: float  # percent
    width: float  # percent
    y: float  # px
    height: float  # px
    label: str
    value: int


@dataclass(frozen=True)
class BarChart:
    height: int
    bars: list[Bar]
    max_value: int
    first_label: str
    last_label: str


# A chart of more days than this has a bar a month: a page of claims can span years.
MAX_DAY_BARS = 92


def per_period(counts: dict[date, int]) -> tuple[list[tuple[date, int]], str]:
    """(bars, "day" or "month"): a bar for every day from the first to the last, empty days
    included so that the bars keep time's proportions (two claims two years apart must not
    stand side by side), or for every month when that is more than MAX_DAY_BARS days."""
    if not counts:
        return [], "day"
    first, last = min(counts), max(counts)
    if (last - first).days < MAX_DAY_BARS:
        days = (first + timedelta(days=i) for i in range((last - first).days + 1))
        return [(day, counts.get(day, 0)) for day in days], "day"
    months: dict[date, int] = {}
    for day, n in counts.items():
        month = day.replace(day=1)
        months[month] = months.get(month, 0) + n
    bars, month = [], first.replace(day=1)
    while month <= last:
        bars.append((month, months.get(month, 0)))
        month = (month + timedelta(days=31)).replace(day=1)
    return bars, "month"


def bar_chart(rows: list[tuple[date, int]], *, height: int = 80) -> BarChart | None:
    if not rows:
        return None
    top = max(n for _, n in rows) or 1
    # At least 14 slots, centred, so that a day or two of data does not draw one wall of colour.
    slot = 100 / max(len(rows), 14)
    offset = (100 - slot * len(rows)) / 2
    bars = []
    for i, (day, n) in enumerate(rows):
        h = (height - 4) * n / top
        x = round(offset + i * slot + slot * 0.1, 3)
        bars.append(Bar(x, round(slot * 0.8, 3), round(height - h, 2), round(h, 2), day.isoformat(), n))
    return BarChart(height, bars, top, rows[0][0].isoformat(), rows[-1][0].isoformat())


@dataclass(frozen=True)
class Dot:
    x: float  # percent of the plot
    y: float  # px
    first: bool
    label: str  # the (first) appearance's time
    count: int = 1  # appearances drawn as this dot
    last: str = ""  # the last one's time, when count > 1
    title: str = ""  # what hovering says: outlet, time(s), whether it is the first appearance


@dataclass(frozen=True)
class SpreadRow:
    y: float
    outlet: str
    dots: list[Dot]


@dataclass(frozen=True)
class SpreadChart:
    height: int
    rows: list[SpreadRow]
    start: datetime
    end: datetime


# Appearances of one outlet nearer than this (percent of the plot's width) are drawn as one dot
# that counts them, so a claim republished thousands of times draws at most 48 dots an outlet: a
# dot each for 8 000 appearances made ~1 MB of SVG and ~0.2 s of rendering (docs/benchmarks.md).
# A dot is 10 px wide and the plot ~600: dots closer than ~1.6 % overlapped anyway.
DOT_SPACING = 2.0

# The plot spans at least this: appearances minutes or seconds apart (one wire story published
# by several outlets at once) are drawn side by side at the start instead of being stretched over
# the whole width as if they had spread over days.
MIN_SPAN = timedelta(hours=1)


def spread_chart(points: list[tuple[str, datetime]], *, row_height: int = 24) -> SpreadChart | None:
    """One row per outlet in order of first appearance, a dot per article at its time (articles
    of an outlet closer than DOT_SPACING share one, with their count); the very first appearance
    is marked. `points` are (outlet name, time) in time order."""
    points = [(outlet, when) for outlet, when in points if when is not None]
    if not points:
        return None
    start, end = points[0][1], points[-1][1]
    span = max(end - start, MIN_SPAN).total_seconds()
    # Per outlet and bin: [x, first time, last time, count]. Times are written once a dot, not
    # once an appearance (8 000 appearances make a few hundred dots).
    rows: dict[str, dict[int, list]] = {}
    for outlet, when in points:
        # 3..97 so that a dot at either end is drawn whole.
        x = 3 + 94 * ((when - start).total_seconds() / span)
        bins = rows.setdefault(outlet, {})
        dot = bins.get(slot := int((x - 3) // DOT_SPACING))
        if dot is None:
            bins[slot] = [round(x, 3), when, when, 1]
        else:
            dot[2] = when
            dot[3] += 1
    out = []
    for n, (outlet, bins) in enumerate(rows.items()):
        y = n * row_height + row_height / 2
        dots = []
        for x, first_at, last_at, count in bins.values():
            dot = {"x": x, "first": n == 0 and not dots, "label": first_at.isoformat(timespec="minutes"),
                   "count": count, "last": last_at.isoformat(timespec="minutes") if count > 1 else ""}
            dots.append(Dot(y=y, title=_dot_title(outlet, dot), **dot))
        out.append(SpreadRow(y, outlet, dots))
    return SpreadChart(len(out) * row_height, out, start, end)


def _dot_title(outlet: str, dot: dict) -> str:
    """Written here rather than in the template: a large cluster draws thousands of dots, and
    the template's plural and conditionals per dot were most of its page's rendering time."""
    when = dot["label"] if dot["count"] == 1 else ngettext(
        "%(n)s appearance, %(first)s – %(last)s", "%(n)s appearances, %(first)s – %(last)s", dot["count"]
    ) % {"n": dot["count"], "first": dot["label"], "last": dot["last"]}
    return " · ".join([outlet, when, *([gettext("first appearance")] if dot["first"] else [])])
