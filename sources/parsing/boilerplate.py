"""Which lines of a pasted news page are page furniture rather than the article.

The rules are the pattern lists in `patterns/`; this module applies them line by line and keeps the
decisions explainable (`classify_line` returns why a line goes). A false removal loses claims, so
every rule matches whole lines of a recognisable shape, never a paragraph that merely mentions a word.
"""

from __future__ import annotations

import re

from . import patterns

# A caption is a single line of at most this many characters (captions run to ~60 words; body
# paragraphs that end in a parenthesised credit are rarer than captions that do).
MAX_CAPTION_CHARS = 600
# Lines before the title that are this short are section labels or breadcrumbs ("Berita Viral").
MAX_LABEL_WORDS = 3

_DROP = patterns.LinePatterns(patterns.DROP_LINE, end_markers=patterns.DROP_END_MARKERS)
_END = patterns.LinePatterns(patterns.END_OF_ARTICLE)
_CAPTION = patterns.LinePatterns(patterns.CAPTION, end_markers=patterns.CAPTION_END_MARKERS)
_HEADER_CAPTION = patterns.LinePatterns(patterns.HEADER_CAPTION, end_window=patterns.HEADER_END_WINDOW,
                                        end_markers=patterns.CAPTION_END_MARKERS)
_LINK_LABEL = patterns.LinePatterns(patterns.LINK_LABEL)
_INLINE = patterns.combine(patterns.INLINE_FURNITURE)
# Headlines under a bare "Baca juga:" label: at most this many, each at most this many words.
MAX_LINKED_HEADLINES = 3
MAX_HEADLINE_WORDS = 20
_HEADLINE_END = re.compile(r"[.!…:;,][\"'”’)]*$")

_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# A scraper's date stamp glued before the first line: "date 2024-05-19 “Preparations ...".
DATE_STAMP = re.compile(r"^date\s+\d{4}-\d{2}(?:-\d{2})?\s+", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*$")


def clean_line(line: str) -> tuple[str, str]:
    """(the line as printed, a copy for matching), both stripped and of equal length, so that an
    offset found in the copy is an offset in the printed line. The body keeps the printed text:
    claim offsets and quotes must match the source character for character."""
    matchable = _ZERO_WIDTH.sub(" ", line.replace("\u00a0", " "))
    stripped = matchable.strip()
    if not stripped:
        return "", ""
    start = len(matchable) - len(matchable.lstrip())
    return line[start : start + len(stripped)], stripped


def without_inline_furniture(printed: str, matchable: str) -> tuple[str, str]:
    """Both copies of a line without link annotations ("(HLXA.O), opens new tab"). The patterns
    match a no-break space as a space, so both copies lose the same characters."""
    if not any(marker in matchable for marker in patterns.INLINE_FURNITURE_MARKERS) or not _INLINE.search(matchable):
        return printed, matchable
    return _INLINE.sub("", printed), _INLINE.sub("", matchable)


_LINK_HEADING = re.compile(
    r"^(?:related(?: stories| articles| news| content)?|recommended(?: stories| for you)?|you may also (?:like|be interested in)"
    r"|more on this (?:story|topic)|[+•]?\s*read more(?: here)?|read next|editor[’']s picks|read also|see also|berita terkait|artikel terkait"
    r"|baca juga|lihat juga|rekomendasi|pilihan redaksi|berita lainnya|baca berita lainnya)\W*$",
    re.IGNORECASE)


def is_link_heading(line: str) -> bool:
    """A footer heading that may also head a block of links inside the text ("Related Stories")."""
    return bool(_LINK_HEADING.match(line))


def is_link_label(line: str) -> bool:
    return _LINK_LABEL.search(line)


def looks_like_headline(line: str) -> bool:
    """A linked article's headline: short, and not ended like a sentence (a question mark may end it)."""
    return len(line.split()) <= MAX_HEADLINE_WORDS and not _HEADLINE_END.search(line)


def is_drop(line: str) -> bool:
    return _DROP.search(line)


def is_end_of_article(line: str) -> bool:
    return _END.search(line)


def is_caption(line: str, *, in_header: bool = True) -> bool:
    """A caption or credit line. The weaker shapes (a bracketed credit at the end, a bare credit
    line) only count above the article's first paragraph: further down, a line ending in
    "( Name / Outlet )" is as often a caption glued to a paragraph that carries quotes."""
    if len(line) > MAX_CAPTION_CHARS:
        return False
    return _CAPTION.search(line) or (in_header and _HEADER_CAPTION.search(line))


def is_credit_only(line: str) -> bool:
    """A photo credit on its own line ("KCNA/KNS via AFP"): the next line is usually its caption."""
    # Only slash and "via" credits: a "Photo: X" label precedes body text as often as a caption.
    if line.lower() in patterns.BARE_CREDITS:
        return True  # "Getty Images" above its caption (BBC)
    has_credit_mark = "/" in line or " via " in line
    # (`Ilustrasi tambang nikel. Foto: MI/Ramdani` is a caption with its credit: the text follows)
    return has_credit_mark and len(line.split()) <= 8 and not _SENTENCE_END.search(line) and ". " not in line \
        and is_caption(line)


def looks_like_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line)) and len(line.split()) >= 8


def is_label(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= MAX_LABEL_WORDS and not _SENTENCE_END.search(line) and not any(ch.isdigit() for ch in line)


def classify_line(line: str, *, in_header: bool = True) -> str | None:
    """Why `line` is furniture ("drop", "end", "caption"), or None for article text."""
    if not line:
        return None
    if is_end_of_article(line):
        return "end"
    if is_drop(line) or is_link_label(line):
        return "drop"
    if is_caption(line, in_header=in_header):
        return "caption"
    return None
