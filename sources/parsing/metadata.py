"""Metadata found in pasted news text: bylines, datelines, source labels, wire citations, outlet."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

from . import patterns
from .gazetteer import Outlet, OutletGazetteer, host_of

_NAME = r"[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|bin|binti|van|de|da|al|el))*"
_NAMES = rf"{_NAME}(?:\s*(?:,|&|\bdan\b|\band\b)\s*{_NAME})*"

# "Novi Christiastuti - detikNews": a reporter's name, a dash, the outlet (detik, Liputan6, CNN Indonesia).
BYLINE_RE = re.compile(rf"^(?P<author>{_NAMES})\s+[-–—|]\s+(?P<outlet>[\w.\-]+(?:\s[\w.\-]+){{0,2}})$")
COMMA_BYLINE_RE = re.compile(rf"^(?:By\s+)?(?P<author>{_NAME}(?:\s+(?:and|dan|&)\s+{_NAME})*),\s+(?P<outlet>[A-Z][\w.\- ]{{1,40}})$")
# "Dimas Prasetyo (The Jakarta Post)": the outlet in brackets (a known outlet only).
BRACKET_BYLINE_RE = re.compile(rf"^(?:By\s+)?(?P<author>{_NAMES})\s*\((?P<outlet>[^()]{{2,40}})\)$")
# "Helena Marsh Environment correspondent": a name, then the reporter's beat.
BEAT_BYLINE_RE = re.compile(
    r"^(?P<author>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,2}?)\s+(?:[A-Z][a-z]+\s+){0,3}"
    r"(?:correspondent|editor|reporter|writer|journalist)$")
# "BBC News, Lilongwe": the outlet and where the reporter files from, under the reporter's name.
OUTLET_PLACE_RE = re.compile(r"^(?P<outlet>[A-Z][\w.\- ]{1,40}),\s+(?P<place>[A-Z][\w'’.\-]+(?:\s[A-Z][\w'’.\-]+){0,2})$")
# What an outlet written after a byline dash looks like when the gazetteer does not know it.
_OUTLET_SHAPE = re.compile(r"(?:news|\.com|\.co\.id|\.id|\.net|\.org|tv|post|times|daily|herald)$", re.IGNORECASE)
# A bare site name on its own line: "kontan.co.id", "KOMPAS.com".
SITE_LINE_RE = re.compile(r"^(?:https?://)?(?:www\.)?(?P<site>[A-Za-z0-9][\w\-]*(?:\.[A-Za-z]{2,6}){1,2})/?$")

_DOMAIN = r"[A-Za-z][A-Za-z0-9\-]*(?:\.[A-Za-z]{2,4}){1,2}"
_PLACE = r"[A-Z][A-Za-z'’.]*(?:[ \-][A-Z][A-Za-z'’.]*){0,2}"
_CAPS_PLACE = r"[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,2}"
# A hyphen needs a space before it ("Moskow -"), so "DETIK-DETIK Putin" is no dateline; dashes need none.
_DASH = r"(?:\s+-+\s*|\s*[–—]+\s*)"

# Datelines, most specific first. Each may name the place, the outlet, and an agency in brackets.
DATELINE_RES = (
    # "TRIBUNJOGJA.COM, PYONGYANG - "
    re.compile(rf"^(?P<outlet>{_DOMAIN})\s*,\s*(?P<place>{_PLACE}){_DASH}"),
    # "KONTAN.CO.ID - SEOUL. "
    re.compile(rf"^(?P<outlet>{_DOMAIN}){_DASH}(?P<place>{_CAPS_PLACE})\.\s+"),
    # "TRIBUN-MEDAN.COM - "
    re.compile(rf"^(?P<outlet>{_DOMAIN}){_DASH}"),
    # "SEOUL (Reuters) - ", "MOSCOW, May 25 (AFP) - ", "Istanbul (ANTARA) - ", "MAKASSAR, Indonesia, March 3 (Reuters) - ",
    # "Palembang, S Sumatra (ANTARA) - ", AFP's "Denpasar (Indonesia) (AFP) – " (the country in brackets)
    re.compile(rf"^(?P<place>{_PLACE})(?:\s*,\s*(?:[NSEW]\.?\s)?[A-Z][a-z]+(?: [A-Z][a-z]+)?(?=\s*[,(]))?(?:\s*,\s*[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}})?"
               rf"(?:\s*\([A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}}\)(?=\s*\())?"
               rf"\s*\((?P<agency>[^()]{{2,40}})\)\s*[-–—:]+\s*"),
    # "JAKARTA, KOMPAS.com - ", "Jakarta, KabarHarapan.com – ", "JAKARTA, KOMPAS — "
    re.compile(rf"^(?P<place>{_PLACE})\s*,\s*(?P<outlet>[A-Za-z][\w\-]*(?:\.[A-Za-z]{{2,4}}){{0,2}}){_DASH}"),
    # A press release: "SINGAPORE and JAKARTA, May 6, 2025 /PRNewswire/ -- "
    re.compile(rf"^(?P<place>{_CAPS_PLACE}(?:\s+and\s+{_CAPS_PLACE})?),\s+[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}},\s+\d{{4}}\s*"
               rf"/(?P<agency>[A-Za-z][\w\- ]{{1,30}})/\s*[-–—]+\s*"),
    # A place in brackets (The Business Times): "[JAKARTA] Indonesia will ..."
    re.compile(r"^\[(?P<place>[A-Z][A-Z .'’-]{1,30})\]\s+(?=[A-Z\"“])"),
    # A place in capitals and the day, no agency: "ALOR SETAR, Jan 14 — "
    re.compile(rf"^(?P<place>{_CAPS_PLACE}),\s+[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}{_DASH}(?=[A-Z\"“‘'])"),
    # An outlet of several words after the place: "Jakarta, CNN Indonesia -- " (only a known outlet)
    re.compile(rf"^(?P<place>{_PLACE})\s*,\s*(?P<known_outlet>[A-Z][\w\-]*(?: [A-Z][\w\-]*){{1,2}}){_DASH}"),
    # AP style with a state or country: "INGLEWOOD, Calif. -- ", "ST. PAUL, Minn. — ", "PARIS, France — "
    re.compile(rf"^(?P<place>{_CAPS_PLACE}),\s+[A-Z][A-Za-z.]{{1,12}}(?:\s[A-Z][A-Za-z.]{{1,12}})?{_DASH}(?=[A-Z\"“‘'])"),
    # "WASHINGTON — The ...", "KUALA LUMPUR - Menteri ..."
    re.compile(rf"^(?P<place>{_CAPS_PLACE}){_DASH}(?=$|[A-Z\"“‘'])"),
    # "Moskow -" (alone on its line), "Kuala Lumpur - Menteri": mixed case only with a spaced hyphen
    # or en dash, as Indonesian sites print it. An em dash after a mixed-case name is an English
    # apposition ("Mehmet Oz — surgeon and TV star — has ...").
    re.compile(r"^(?P<place>[A-Z][a-z'’.]+(?: [A-Z][a-z'’.]+)?)\s+[-–]\s*(?=$|[A-Z\"“‘'])"),
)
# "Pyongyang: Russian President ...": only trusted at the very start of the text.
# "KENDARI, Southeast Sulawesi: ..." (CNA): a place in capitals may be followed by its region.
COLON_DATELINE_RE = re.compile(r"^(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z]{3,}(?: [A-Z]{3,})?)"
                               r"(?:(?<=[A-Z]{3}), [A-Z][a-z]+(?: [A-Z][a-z]+){0,2})?:\s+(?=[A-Z\"“])")
# "Jakarta. The ministry said ..." (Jakarta Globe): a place and a full stop, only trusted where a
# colon dateline is.
DOT_DATELINE_RE = re.compile(r"^(?P<place>[A-Z][a-z]{3,}(?: [A-Z][a-z]{3,})?)\.\s+(?=[A-Z\"“])")
# Abbreviations that end in a full stop like such a place.
_ABBREVIATIONS = frozenset("prof sept capt corp dept govt bros assn univ supt insp comdr gen lt".split())
# Words that start a "Label: text" line and are not places.
_NOT_PLACES = frozenset(
    "update updated editor note source sumber photo foto video watch read baca opinion analysis exclusive breaking "
    "live the a an by oleh penulis reporter writer author catatan perhatian newspaper section "
    # fact-checks' verdict labels: "[SALAH] Bank X tutup", "[HOAKS] ..."
    "salah hoaks hoax benar keliru disinformasi misinformasi fakta false misleading explainer".split()
)


@dataclass(frozen=True)
class Dateline:
    place: str | None
    outlet: str | None  # as written ("KOMPAS.com")
    agency: str | None  # as written inside brackets ("Reuters")
    length: int  # characters to strip from the start of the paragraph


def find_dateline(
    paragraph: str, *, allow_colon: bool = False, gazetteer: OutletGazetteer | None = None
) -> Dateline | None:
    """The dateline opening `paragraph`. With a gazetteer, "KOMPAS, BANYUWANGI —" (outlet first,
    as Kompas' print edition writes it) is told apart from "JAKARTA, KOMPAS —"."""
    for pattern in DATELINE_RES:
        match = pattern.match(paragraph)
        if not match:
            continue
        groups = match.groupdict()
        place = groups.get("place")
        if place and place.split()[0].lower().strip(".") in _NOT_PLACES:
            continue
        if "known_outlet" in groups:
            if gazetteer is None or gazetteer.find(groups["known_outlet"]) is None:
                continue
            groups["outlet"] = groups["known_outlet"]
        outlet = groups.get("outlet")
        if outlet and "place" in groups and "." not in outlet and not outlet.isupper() and not (gazetteer and gazetteer.find(outlet)):
            # "PARIS, France — ": a country, not an outlet.
            outlet = None
        if gazetteer is not None and place and outlet and gazetteer.find(place) and not gazetteer.find(outlet):
            place, outlet = outlet, place
        return Dateline(place.rstrip(".") if place else None, outlet, groups.get("agency"), match.end())
    if allow_colon:
        match = COLON_DATELINE_RE.match(paragraph)
        if match and match.group("place").split()[0].lower() not in _NOT_PLACES:
            return Dateline(match.group("place"), None, None, match.end())
        match = DOT_DATELINE_RE.match(paragraph)
        if match and match.group("place").split()[0].lower() not in _NOT_PLACES | _ABBREVIATIONS:
            return Dateline(match.group("place"), None, None, match.end())
    return None


def parse_byline(line: str, gazetteer: OutletGazetteer) -> tuple[str, str] | None:
    """("Novi Christiastuti", "detikNews") from "Novi Christiastuti - detikNews", and
    ("Jane Roe", "The Canadian Press") from "Jane Roe, The Canadian Press" (a known outlet only)."""
    found = None
    match = BYLINE_RE.match(line)
    if match and not any(ch.isdigit() for ch in match.group("author")):
        outlet = match.group("outlet")
        if gazetteer.find(outlet) is not None or _OUTLET_SHAPE.search(outlet):
            found = match.group("author").strip(), outlet
    if found is None:
        match = COMMA_BYLINE_RE.match(line) or BRACKET_BYLINE_RE.match(line)
        if match and gazetteer.find(match.group("outlet")) is not None:
            found = match.group("author").strip(), match.group("outlet")
    if found is not None and find_dateline(line, gazetteer=gazetteer):
        return None  # "Jakarta, CNN Indonesia --": a place and an outlet, no author
    return found


_BARE_LABEL = re.compile(r"^(?P<label>oleh|penulis|reporter|pewarta|editor|penyunting|redaktur|by|photo|foto)\s*:?$", re.I)
_BARE_LABEL_KINDS = {"oleh": "author", "penulis": "author", "reporter": "author", "pewarta": "author", "by": "author",
                     "editor": "editor", "penyunting": "editor", "redaktur": "editor", "photo": "caption", "foto": "caption"}


# (two reporters: "Reporter: Ann Lee, Budi Santoso", Antara English)
_FOOT_BYLINE = re.compile(r"^(?:by|oleh|reporter|penulis|redaktur|editor|pewarta)\s*:?\s+[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}"
                          r"(?:\s*(?:,|&|\band\b|\bdan\b)\s*[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})?$", re.I)


def is_foot_byline(line: str) -> bool:
    """A byline or editor line printed under the text ("By Oliver Tennant", "Redaktur : X")."""
    return bool(_FOOT_BYLINE.match(line))


def bare_label(line: str) -> str | None:
    """"author", "editor" or "caption" for a label printed alone ("Oleh :") above its value."""
    match = _BARE_LABEL.match(line)
    return _BARE_LABEL_KINDS[match.group("label").lower()] if match else None


def parse_beat_byline(line: str) -> str | None:
    """The reporter's name from "Helena Marsh Environment correspondent"."""
    match = BEAT_BYLINE_RE.match(line)
    return match.group("author") if match else None


def outlet_and_place(line: str, gazetteer: OutletGazetteer) -> str | None:
    """The outlet of "BBC News, Lilongwe" (a known outlet, then a place), else None."""
    match = OUTLET_PLACE_RE.match(line)
    return match.group("outlet") if match and gazetteer.find(match.group("outlet")) is not None else None


def parse_labels(line: str) -> dict[str, str]:
    """{"author": ..., "editor": ..., "source": ...} from "Penulis: X | Editor: Y" or "By X"."""
    found: dict[str, str] = {}
    for key, group in (("author", patterns.AUTHOR_LABELS), ("editor", patterns.EDITOR_LABELS), ("source", patterns.SOURCE_LABELS)):
        for pattern in group:
            match = pattern.search(line)
            if match:
                value = match.group("value").strip(" .,:-•·")
                if key == "author":
                    value = _BYLINE_TAIL.sub("", value)  # "X - Correspondent / @handle"
                if key == "author" and (contributor := _CONTRIBUTOR_PLACE.match(value)):
                    value = contributor.group("name")  # "Kontributor Kendari, Ahmad Rifai Lamudu"
                if key == "author" and value[:1].islower() is False and _ROLE_BEFORE_NAME.match(value):
                    value = _ROLE_BEFORE_NAME.match(value).group("name")  # "Pacific affairs reporter Hannah Kealey"
                found.setdefault(key, value)
    return found


# What follows the name in a byline: "- Correspondent / @handle", "/ @handle", the date ("by Ann Lee
# on 16 October 2025", Mongabay).
_BYLINE_TAIL = re.compile(r"\s+(?:[-–—|/]\s*(?:[A-Z][\w ]{0,30}?\s*(?:/\s*)?)?@\w+|[-–—]\s*(?:correspondent|reporter|contributor|staff writer)\b.*"
                          r"|(?:on|pada)(?:\s+\d{1,2}\s+[A-Za-z]+\.?\s+\d{4}|\s+[A-Za-z]+\.?\s+\d{1,2},?\s+\d{4})?)$", re.I)
# A stringer's place before the name (Kompas): "Kontributor Kendari, Ahmad Rifai Lamudu".
_CONTRIBUTOR_PLACE = re.compile(r"^(?:kontributor|koresponden|contributor|correspondent)\s+[A-Z][\w'’.\-]*(?:\s[A-Z][\w'’.\-]*){0,2}\s*,\s*"
                                r"(?P<name>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,4})$", re.I)
# A reporter's role before the name in a byline: "Pacific affairs reporter Hannah Kealey".
_ROLE_BEFORE_NAME = re.compile(r"^(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+){0,3}(?:reporter|correspondent|editor|writer)\s+"
                               r"(?P<name>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){1,3}"
                               r"(?:\s+and\s+[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){1,3})?)$")


_ENDS_SENTENCE = re.compile(r"[.!?][\"”]?$")
_FILENAME_SEPARATORS = re.compile(r"[_\s]+")


def is_label_line(line: str) -> bool:
    """A short line that is only metadata labels (and so not article text)."""
    if len(line) > 160:
        return False
    labels = parse_labels(line)
    if not labels:
        return False
    # "By X" must be the whole line: a sentence starting "By 2030, ..." is article text.
    return not _ENDS_SENTENCE.search(line) or len(line.split()) <= 6


_NAME_OVER_SECTION = re.compile(r"^(?P<site>[A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*){0,3})\s*[|›»]\s*(?P<section>[A-Za-z]+)$")


def outlet_over_section(line: str) -> str | None:
    """"Southeast Asia Monitor | Health": the site's name a header prints before a section's."""
    m = _NAME_OVER_SECTION.match(line.strip())
    if m is None or m.group("section").lower() not in patterns.SECTION_NAMES \
            or m.group("site").lower() in patterns.SECTION_NAMES:
        return None  # (`Home | News`: the breadcrumb names no site)
    return m.group("site")


def site_name(line: str) -> str | None:
    match = SITE_LINE_RE.match(line)
    return match.group("site") if match else None


def outlet_from_url(url: str | None, gazetteer: OutletGazetteer) -> tuple[Outlet | None, str | None]:
    if not url:
        return None, None
    host = host_of(url)  # "" for a malformed address, e.g. a page's own "http://[broken" link
    return gazetteer.find(host) if host else None, host or None


def outlet_from_filename(filename: str | None, gazetteer: OutletGazetteer) -> Outlet | None:
    """An outlet slug in a file name ("detiknews-putin-korut.txt", "12_koreaherald_en_x.txt")."""
    if not filename:
        return None
    stem = PurePath(filename).name.split(".")[0]
    for chunk in _FILENAME_SEPARATORS.split(stem):
        parts = [p for p in chunk.split("-") if p]
        candidates = [chunk] + ["-".join(parts[i : i + 2]) for i in range(len(parts) - 1)] + parts
        for candidate in candidates:
            # Short tokens ("en", "id", "ap") are language codes or words far more often than outlets.
            if len(candidate) >= 4 and not candidate.isdigit():
                outlet = gazetteer.find(candidate) or gazetteer.find_squashed(candidate)
                if outlet is not None:
                    return outlet
            elif len(candidate) == 3 and (outlet := gazetteer.find(candidate)) is not None and not outlet.is_wire \
                    and candidate.upper() in outlet.aliases:
                return outlet  # an outlet known by three capitals ("cna", "bbc")
    return None


_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+")
# All cue lists in one regex, so the body is scanned once; the group name says how to read a hit.
_ALL_CUES = re.compile(
    "|".join(
        f"(?P<{name}>{'|'.join(p.pattern for p in group) or '(?!x)x'})"
        for name, group in (
            ("any", patterns.WIRE_CUES),
            ("wire", patterns.WIRE_ONLY_CUES),
            ("adjacent", patterns.WIRE_ADJACENT_CUES),  # before "before": "reported by X" is not "X reported"
            ("before", patterns.WIRE_ONLY_CUES_BEFORE),
        )
    )
)
# Every cue contains one of these stems. Finding the stems with str.find (a C scan) and trying the
# cue regex only there is ~5x faster than running the alternation over the whole body.
_CUE_STEMS = ("lansir", "kutip", "ngutip", "dilaporkan", "menurut", "citing", "according", "report", "told", "kepada",
              "quoted")


def _cue_matches(text: str):
    lowered = text.lower()
    starts = set()
    for stem in _CUE_STEMS:
        at = lowered.find(stem)
        while at != -1:
            starts.add(at)
            at = lowered.find(stem, at + 1)
    seen_ends = set()
    for at in sorted(starts):
        # The cue may begin a few letters before its stem ("me" + "lansir", "di" + "kutip").
        match = _ALL_CUES.search(text, max(0, at - 3), at + 60)
        if match and match.start() <= at and match.end() not in seen_ends:
            seen_ends.add(match.end())
            yield match


_CUE_WINDOW = 60
_BEFORE_WINDOW = 40
_SENTENCE_BREAK = re.compile(r"[.!?\"“”]\s")


def find_wire_sources(text: str, gazetteer: OutletGazetteer, *, outlet_known: bool = True) -> list[Outlet]:
    """Outlets the text cites as its source: "seperti dilansir AFP", "dikutip dari Kompas.com",
    "according to Yonhap", "Yonhap reported", a bare "RIA News." sentence. In reading order.
    "told Kompas.com" only counts when the page's own outlet is known (`outlet_known`): a page
    says "told HuffPost" of its own interviews, and then HuffPost is no source of another."""
    hits: list[tuple[int, Outlet]] = []
    # Case-blind without re.IGNORECASE (3x slower): the cues are lower-case and so is the copy
    # they run on. lower() keeps offsets unless a character like "İ" grows; then use the original.
    lowered = text.lower()
    for match in _cue_matches(lowered if len(lowered) == len(text) else text):
        kind = match.lastgroup
        if kind == "before":
            window_start = max(0, match.start() - _BEFORE_WINDOW)
            window = text[window_start : match.start()]
            found = gazetteer.find_in(window, wires_only=True)
            # The agency right before the verb: "Yonhap (News Agency) reported".
            found = [f for f in found if not _SENTENCE_BREAK.search(window[f[0] :])]
            if found:
                hits.append((window_start + found[-1][0], found[-1][1]))
        elif kind == "adjacent":
            if not outlet_known:
                continue
            window = text[match.end() : match.end() + _CUE_WINDOW]
            skip = 4 if window[:4].lower() == "the " else 0  # "told the BBC"
            found = gazetteer.find_in(window[: _CUE_WINDOW // 2])
            # the name right after the cue, written as a name ("told The Hill", not "told the hill")
            if found and found[0][0] in (0, skip) and found[0][2][:1].isupper():
                hits.append((match.end() + found[0][0], found[0][1]))
        else:
            window = text[match.end() : match.end() + _CUE_WINDOW]
            cut = _SENTENCE_BREAK.search(window)
            if cut:
                window = window[: cut.start() + 1]
            found = gazetteer.find_in(window, wires_only=kind == "wire")
            if found:
                hits.append((match.end() + found[0][0], found[0][1]))
    # A wire's name alone as a sentence, as syndicated copy credits it: "... said Peskov. RIA News."
    position = 0
    for sentence in _SENTENCE_SPLIT.split(text):
        if sentence.endswith(".") and len(sentence) <= 40 and sentence.count(" ") <= 4:
            outlet = gazetteer.find(sentence[:-1])
            if outlet is not None and outlet.is_wire:
                hits.append((text.find(sentence, position), outlet))
        position += len(sentence)
    seen: list[Outlet] = []
    for _, outlet in sorted(hits, key=lambda h: h[0]):
        if outlet not in seen:
            seen.append(outlet)
    return seen
