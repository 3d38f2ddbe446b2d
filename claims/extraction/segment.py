"""Paragraphs, quotation spans and sentences, all as offsets into the body. Pure Python.

Quotation marks are paired by position, not by shape: Kompas opens quotes with ” (the same
mark that closes them), and pasted text mixes straight and curly marks. A mark can open only
after whitespace or an opening bracket/dash and before a non-space; it can close only after a
non-space. Unbalanced marks are dropped, never raised on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

OPEN_ONLY = "“„«"
CLOSE_ONLY = "»"
EITHER = '"”'
_MARK_RE = re.compile(r"[\"“”„«»]")
_OPEN_PREV = set("([{—–-/:;,'‘") | {"\u00a0"}
# An unclosed quote is taken to the end of its paragraph only when that is short: in a body
# that is one long paragraph (Kompas exports) a stray mark would otherwise swallow the rest.
MAX_UNCLOSED = 1200
_PARA_RE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Quote:
    open: int  # offset of the opening mark
    close: int | None  # offset of the closing mark; None when the paragraph ends first
    start: int  # content start
    end: int  # content end (exclusive), whitespace trimmed


@dataclass
class Sentence:
    start: int
    end: int
    para: int
    quotes: list[Quote] = field(default_factory=list)


def paragraphs(body: str) -> list[tuple[int, int]]:
    """Non-empty lines as (start, end); blank lines and single newlines both separate."""
    out = []
    for m in _PARA_RE.finditer(body):
        s, e = m.span()
        while s < e and body[s].isspace():
            s += 1
        while e > s and body[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _trim(body: str, s: int, e: int) -> tuple[int, int]:
    while s < e and body[s].isspace():
        s += 1
    while e > s and body[e - 1].isspace():
        e -= 1
    return s, e


def find_quotes(body: str, ps: int, pe: int) -> list[Quote]:
    quotes: list[Quote] = []
    open_at: int | None = None
    for m in _MARK_RE.finditer(body, ps, pe):
        i = m.start()
        c = body[i]
        prev = body[i - 1] if i > ps else " "
        nxt = body[i + 1] if i + 1 < pe else " "
        if open_at is None:
            if c in CLOSE_ONLY:
                continue
            if c in OPEN_ONLY or prev.isspace() or prev in _OPEN_PREV or i == ps:
                if not nxt.isspace() and nxt not in EITHER + OPEN_ONLY:
                    open_at = i
            continue
        # inside a quote
        if c in OPEN_ONLY and (prev.isspace() or i == ps):
            open_at = i  # an opening mark inside: the earlier one was never closed
            continue
        if c in CLOSE_ONLY or not prev.isspace() or nxt.isspace() or nxt in ",.;:!?" or i + 1 == pe:
            s, e = _trim(body, open_at + 1, i)
            if e > s:
                quotes.append(Quote(open_at, i, s, e))
            open_at = None
        else:
            open_at = i  # ` "word` while inside: treat as a fresh opening
    if open_at is not None and pe - open_at <= MAX_UNCLOSED:
        s, e = _trim(body, open_at + 1, pe)
        if e - s > 0:
            quotes.append(Quote(open_at, None, s, e))
    return quotes


# The last alternative catches pasted text that lost the space after a full stop
# ("time.Following"); a lower-case letter before it keeps "U.S." and "Ph.D." whole.
_BOUNDARY_RE = re.compile(r"[.!?…]+[\"”’»)]*(?=\s)|[.!?…]+[\"”’»)]*$|(?<=[a-z])[.!?](?=[A-Z][a-z])")
_TOKEN_BEFORE_RE = re.compile(r"(\S+)$")
# `j.` and `u.s.`: an initial or dotted initials, never a sentence end
_INITIALS_RE = re.compile(r"[a-z]\.|(?:[a-z]\.){2,}")


_PUNCT_RUN_RE = re.compile(r"[.!?…]+[\"”’»)]*")


def _boundaries(body: str, ps: int, pe: int):
    """(start, end) of the matches of `_BOUNDARY_RE` in body[ps:pe], found by scanning for
    the punctuation first (a pattern that opens with a lookbehind cannot skip ahead)."""
    for m in _PUNCT_RUN_RE.finditer(body, ps, pe):
        s, e = m.span()
        if e == pe or body[e].isspace():
            yield s, e
        elif (e - s == 1 and body[s] != "…" and s > ps and "a" <= body[s - 1] <= "z"
              and e + 1 < pe and "A" <= body[e] <= "Z" and "a" <= body[e + 1] <= "z"):
            yield s, e


# Abbreviations that also end sentences, when a word that opens one follows (`between 10 p.m. and
# 3 a.m. He added that ...`).
_FINAL_ABBREVIATIONS = frozenset(("a.m.", "p.m.", "etc."))
_SENTENCE_OPENERS = frozenset((
    "he", "she", "they", "it", "we", "i", "the", "this", "that", "these", "those", "but", "however", "his",
    "her", "their", "its", "our", "a", "an", "in", "on", "after", "police", "officials",
    "by", "at", "as", "earlier", "later", "meanwhile", "since", "until", "when", "while", "residents",
))


def sentences(body: str, abbreviations: frozenset[str]) -> list[Sentence]:
    out: list[Sentence] = []
    for pi, (ps, pe) in enumerate(paragraphs(body)):
        quotes = find_quotes(body, ps, pe)
        inside = [(q.open, q.close if q.close is not None else pe) for q in quotes]
        cuts = []
        qi = 0  # quotes are in order and do not overlap: skip those that close before this mark
        for dot, end in _boundaries(body, ps, pe):
            while qi < len(inside) and inside[qi][1] < end:
                qi += 1
            if qi < len(inside) and inside[qi][0] < dot and end <= inside[qi][1]:
                continue  # inside a quotation (the closing mark itself is outside)
            j = end
            while j < pe and body[j].isspace():
                j += 1
            if j < pe:
                nc = body[j]
                if not (nc.isupper() or nc.isdigit() or nc in "\"“”„«(‘'["):
                    continue
            if body[dot] == ".":
                ws = max(body.rfind(" ", ps, dot), body.rfind("\n", ps, dot), body.rfind("\u00a0", ps, dot))
                t = body[max(ws + 1, ps):dot + 1].lower().lstrip("(\"“”'")
                if t:
                    # `in Washington, D.C. “I love it,” she says`: an abbreviation then an opening
                    # quotation mark ends the sentence; a lone initial (`J. “Jack” Smith`) does not
                    opens_quote = j < pe and body[j] in "“„«" and j > end
                    ends = t in _FINAL_ABBREVIATIONS and body[j:j + 12].split(" ", 1)[0].lower() in _SENTENCE_OPENERS
                    if not ends and ((t in abbreviations and not (opens_quote and t.count(".") > 1))
                                     or _INITIALS_RE.fullmatch(t) and not (opens_quote and t.count(".") > 1)):
                        continue
            cuts.append(end)
        s = ps
        for c in cuts + [pe]:
            a, b = _trim(body, s, c)
            if b > a:
                out.append(Sentence(a, b, pi, [q for q in quotes if a <= q.open < b]))
            s = c
    return out
