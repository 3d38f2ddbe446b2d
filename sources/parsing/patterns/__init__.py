"""Line patterns for cleaning pasted news text, one module per language plus the shared ones.

Each module defines the same names (tuples of compiled regexes or strings); `ALL` merges them, since a
page is often bilingual in its chrome (an Indonesian site with "ADVERTISEMENT" and "Hide Ads").
"""

from __future__ import annotations

import re

from . import common, en, id as id_

_MODULES = (common, id_, en)


def _merge(name: str) -> tuple[re.Pattern[str], ...]:
    return tuple(p for module in _MODULES for p in getattr(module, name, ()))


def combine(group: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    """One regex for a whole list: one scan instead of one per pattern."""
    if not group:
        return re.compile(r"(?!x)x")
    parts = [f"(?{'i' if p.flags & re.IGNORECASE else '-i'}:{p.pattern})" for p in group]
    return re.compile("|".join(parts))


class LinePatterns:
    """A pattern list applied to single lines. The "^"-anchored patterns are merged into one regex
    tried at the start of the line only; an alternation hides the anchor from `re`, which would
    otherwise retry the whole alternation at every position of every line."""

    def __init__(self, group: tuple[re.Pattern[str], ...], end_window: int = 200, end_markers: tuple[str, ...] = ()):
        anchored = [p for p in group if p.pattern.startswith("^")]
        floating = [p for p in group if not p.pattern.startswith("^")]
        self._anchored = combine(tuple(re.compile(p.pattern[1:], p.flags) for p in anchored)) if anchored else None
        # Patterns tied to the end of the line (credits closing a caption) only need its tail: a
        # paragraph of a thousand characters is not searched from its first one.
        at_end = tuple(p for p in floating if p.pattern.endswith("$"))
        rest = tuple(p for p in floating if not p.pattern.endswith("$"))
        self._at_end = combine(at_end) if at_end else None
        self._floating = combine(rest) if rest else None
        self._end_window = end_window
        # Strings one of which every end-tied pattern of the group needs (a credit's `/` or `)`):
        # a line whose tail holds none skips the search. Empty: always search.
        self._end_markers = end_markers

    def search(self, line: str) -> bool:
        if self._anchored is not None and self._anchored.match(line):
            return True
        if self._at_end is not None:
            tail = line[-self._end_window:]
            if (not self._end_markers or any(m in tail for m in self._end_markers)) and self._at_end.search(tail):
                return True
        return self._floating is not None and self._floating.search(line) is not None


# The longest text a pattern tied to the line's end can match: every end pattern of a group stays
# within its window (200 characters; the header's `(X/Y/Z/W/Photographer)` credits run to ~370).
HEADER_END_WINDOW = 400
BARE_CREDITS = frozenset(c for module in _MODULES for c in getattr(module, "BARE_CREDITS", ()))
# What the end-tied caption and credit patterns need (`tests/sources/parsing` checks that each has one).
CAPTION_END_MARKERS = ("/", ")", "]", ":", "pic", "Rights", "ourtesy", "OURTESY", "©")
DROP_END_MARKERS = ("ads", "Ads", "ADS")


# A whole line that is page furniture: drop it, keep going.
DROP_LINE = _merge("DROP_LINE")
# A bare "Baca juga:" / "Read also:" line: the short headlines right under it are links too.
LINK_LABEL = _merge("LINK_LABEL")
# Link annotations removed from inside a line ("opens new tab").
INLINE_FURNITURE = _merge("INLINE_FURNITURE")
INLINE_FURNITURE_MARKERS = tuple(w for module in _MODULES for w in getattr(module, "INLINE_FURNITURE_MARKERS", ()))
# A whole line that starts the page's footer (related links, promos, comments): drop it and all below.
END_OF_ARTICLE = _merge("END_OF_ARTICLE")
# A line that is a photo caption or a photo credit, wherever it is.
CAPTION = _merge("CAPTION")
# Shapes that are captions above the first paragraph but may be glued to text further down.
HEADER_CAPTION = _merge("HEADER_CAPTION")
# Phrases after which an outlet or agency named within a few words is the article's source.
WIRE_CUES = _merge("WIRE_CUES")
# Phrases whose agency must be a wire (English "X reported" is too loose for any outlet).
WIRE_ONLY_CUES = _merge("WIRE_ONLY_CUES")
WIRE_ONLY_CUES_BEFORE = _merge("WIRE_ONLY_CUES_BEFORE")
# Phrases right after which an outlet's name is the article's source: "told CNN Indonesia",
# "as reported by Reuters", "kepada kantor berita AFP" (the name must follow at once).
WIRE_ADJACENT_CUES = _merge("WIRE_ADJACENT_CUES")
# Section names a header prints after the site's name ("Southeast Asia Monitor | Health").
SECTION_NAMES = frozenset(name for module in _MODULES for name in getattr(module, "SECTION_NAMES", ()))
# Metadata labels: "Penulis: X", "By X", "Editor: X"; group "value".
AUTHOR_LABELS = _merge("AUTHOR_LABELS")
SOURCE_LABELS = _merge("SOURCE_LABELS")
EDITOR_LABELS = _merge("EDITOR_LABELS")
