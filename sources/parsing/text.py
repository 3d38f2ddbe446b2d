"""Plain text as a reader copies it from a news page: clean body and metadata."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from . import boilerplate as bp
from . import metadata as md
from .dates import find_date, localise_in_country
from .gazetteer import Outlet, OutletGazetteer
from .language import detect_language
from .types import NoArticleText, ParsedArticle

# Metadata (bylines, dates, titles) is looked for in the page header: its first non-empty lines.
HEADER_LINES = 18
# The dateline is looked for in the first paragraphs only (after a title block and teasers);
# further down, "PLACE - " is a body sentence.
MAX_PARAGRAPHS_BEFORE_DATELINE = 4
# A paragraph this long means the article text has begun (so a header's weak caption rules stop).
BODY_PARAGRAPH_WORDS = 30
# A title has at least this many words and at most this many characters.
MIN_TITLE_WORDS = 3
MAX_TITLE_CHARS = 220

_TRAILING_TIME = re.compile(r"\s+\d{1,2}:\d{2}$")
# A person's name alone on a line: two to four capitalised words.
_NAME_LINE = re.compile(r"^[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){1,3}$")
# A time alone on a line, under its date: "7:05 PM MYT".
_TIME_ONLY = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5}(?:[+-]\d{1,2})?)?$", re.I)
# "SINGAPORE: More than ...", "KENDARI, Southeast Sulawesi: ...": a place in capitals and a colon opens the text (CNA).
_CAPS_COLON_DATELINE = re.compile(r"^[A-Z]{3,}(?: [A-Z]{3,})?(?:, [A-Z][a-z]+(?: [A-Z][a-z]+){0,2})?:\s+[A-Z]")
# A reporter's job title on the line under the name: "Malaysia Bureau Chief", "Indonesia Correspondent".
_JOB_TITLE = re.compile(r"\b(?:chief|correspondent|editor|reporter|writer|columnist|journalist|producer|contributor|photographer)$", re.I)
# The place before the date on a header line: "Jakarta ● Thu, July 17, 2025" (The Jakarta Post).
_PLACE_BEFORE_DATE = re.compile(r"^(?P<place>[A-Z][a-z'’.\-]+(?: [A-Z][a-z'’.\-]+){0,2})\s*●$")
# An author that is a desk or a team keeps the outlet in its name: "Tim Cek Fakta Liputan6.com".
_TEAM_AUTHOR = re.compile(r"^(?:tim|team|redaksi|desk)\b", re.I)
# A reporter's role after the name on a date line ("Dimas Aji , Jurnalis").
_REPORTER_ROLE = re.compile(r"\s*,\s*(?:jurnalis|wartawan|reporter|kontributor|penulis|journalist|correspondent)\b.*$", re.I)
# Labels around a header's date: "Published Jun 26, 2025", "Diperbarui 17 Jan 2025", and an update
# after the date ("April 3, 2025 11:42 PM GMT+8 Updated 3 hours ago").
_UPDATE_LABEL = r"(?:last\s+)?updated|modified|diperbarui|update\s+terakhir"
_DATE_LABEL_BEFORE = re.compile(rf"^(?:published|posted|issued(?: on)?|diterbitkan|dipublikasikan|{_UPDATE_LABEL})\b\s*:?", re.I)
_UPDATE_AFTER = re.compile(rf"\b(?:{_UPDATE_LABEL})\b.*$", re.I)
_UPDATE_FIRST = re.compile(rf"^(?:{_UPDATE_LABEL})\b", re.I)
_ENDS_LIKE_SENTENCE = re.compile(r"[.,;:][\"'”’)]*$")


@dataclass
class _Header:
    title: str = ""
    author: str | None = None
    editor: str | None = None
    outlets: list[str] = field(default_factory=list)  # as written, most trusted first
    sources: list[str] = field(default_factory=list)  # "Sumber: X" values
    agencies: list[str] = field(default_factory=list)  # agencies named in a byline
    credits: list[str] = field(default_factory=list)  # agencies credited after the last paragraph
    published_at: datetime | None = None
    published_naive: datetime | None = None
    published_is_update: bool = False  # the time came from an "Updated" line
    date_only: str | None = None  # a date line without a time, whose time may follow on the next line
    place: str | None = None  # the place printed before the header's date ("Jakarta ● Thu, July 17, 2025")


def parse_text(
    text: str,  # decoded, newlines normalised
    *,
    filename: str | None = None,
    url: str | None = None,
    outlets: OutletGazetteer | None = None,
    title_hint: str | None = None,
) -> ParsedArticle:
    """Clean body and metadata of pasted page text.

    Each non-empty line is a paragraph unless it is furniture (patterns/), a header item (title,
    byline, date, site name, labels) or a caption; the dateline leaves the first paragraph; a teaser
    repeated later is kept once. `title_hint`: the title when known from elsewhere (HTML <h1>)."""
    gazetteer = outlets or OutletGazetteer.default()
    pairs = [bp.without_inline_furniture(*bp.clean_line(line)) for line in text.split("\n")]
    printed = [p for p, _ in pairs]  # what the body keeps
    lines = [m for _, m in pairs]  # what the patterns see
    if lines and (stamp := bp.DATE_STAMP.match(lines[0])):
        printed[0], lines[0] = printed[0][stamp.end() :], lines[0][stamp.end() :]
    end, link_blocks = _footer_start(lines)
    nonempty = [i for i in range(end) if lines[i] and i not in link_blocks]
    header_indexes = set(nonempty[:HEADER_LINES])

    header = _Header()
    header.title = title_hint or _find_title([lines[i] for i in nonempty[:HEADER_LINES]], gazetteer)
    title_forms = {header.title, header.title.rstrip("?!")} if header.title else set()
    title_line = next((i for i in nonempty[:HEADER_LINES] if lines[i] in title_forms), None)

    url_outlet, host = md.outlet_from_url(url, gazetteer)
    paragraphs: list[str] = []  # as printed
    matchable: list[str] = []  # the same, for matching
    body_started = False  # a dateline or a full paragraph has been seen: weak caption rules stop
    caption_next = False
    linked_headlines = 0  # headlines still expected under a bare "Baca juga:" label
    label_next = None  # a bare label ("Oleh :", "Photo :") whose value is the next line
    # The title's next line was a standfirst, a paragraph of its own: the byline and the date may
    # still follow it (The Jakarta Post), until another paragraph does.
    after_standfirst = False
    under_title = nonempty[nonempty.index(title_line) + 1] if title_line is not None and title_line != nonempty[-1] else None
    for i in nonempty:
        line = lines[i]
        in_header = i in header_indexes
        header_open = not body_started or after_standfirst
        if label_next:
            kind_of_label, label_next = label_next, None
            if kind_of_label == "author" and _NAME_LINE.match(line):
                header.author = header.author or line
            if kind_of_label == "editor" and _NAME_LINE.match(line):
                header.editor = header.editor or line
            if len(line.split()) <= 8:
                continue  # the value (a caption credit, a name) is no article text
        if linked_headlines:
            linked_headlines -= 1
            if bp.looks_like_headline(line):
                continue
            linked_headlines = 0
        if bp.is_link_label(line):
            linked_headlines = bp.MAX_LINKED_HEADLINES
            continue
        kind = bp.classify_line(line, in_header=header_open)
        if kind == "caption":
            caption_next = header_open and bp.is_credit_only(line)
            continue
        if kind == "drop":
            header.credits.extend(_credited_agencies(line, gazetteer))
            if in_header and header_open and (site := md.outlet_over_section(line)):
                header.outlets.append(site)  # a breadcrumb opened by the site's name ("X | Health")
            continue
        if caption_next:
            caption_next = False
            if not md.find_dateline(line, allow_colon=True):
                continue  # the caption under a bare credit line ("KCNA/KNS via AFP")
        if in_header and header_open and (line in title_forms or _TRAILING_TIME.sub("", line) in title_forms):
            continue
        if in_header and header_open:
            byline = md.parse_byline(line, gazetteer)
            if byline:
                header.author = header.author or byline[0]
                entry = gazetteer.find(byline[1])
                if entry is not None and entry.is_wire:
                    header.agencies.append(byline[1])  # "Jane Roe, The Associated Press": wire copy
                else:
                    header.outlets.append(byline[1])
                continue
            site = md.site_name(line)
            if site and (gazetteer.find(site) or len(line.split()) == 1):
                header.outlets.append(site)
                continue
            if len(line) <= 40 and gazetteer.find(line) is not None:
                header.outlets.append(line)  # the site's name on its own line ("The Straits Times")
                continue
            beat = md.parse_beat_byline(line)
            if beat and not header.author:
                header.author = beat
                continue
            filed_from = md.outlet_and_place(line, gazetteer)
            if filed_from:
                header.outlets.append(filed_from)
                # the reporter's name on the line above ("Kennedy Banda" / "BBC News, Lilongwe")
                if not header.author and paragraphs and _NAME_LINE.match(paragraphs[-1]):
                    header.author = paragraphs.pop()
                    matchable.pop()
                continue
            author_above = None if header.author else _name_above(matchable, gazetteer)
            if header.date_only and _TIME_ONLY.match(line) and _take_date_line(f"{header.date_only} {line}", header):
                header.date_only = None  # "Sunday, 19 Oct 2025" / "7:05 PM MYT"
                continue
            if _take_date_line(line, header):
                if author_above and not header.author:
                    # "Natasha Ganesan" / "15 Apr 2025 06:12PM": the byline is the name over the date
                    # (and maybe the reporter's job title under the name)
                    header.author, titles = author_above
                    del paragraphs[len(paragraphs) - titles :], matchable[len(matchable) - titles :]
                    while paragraphs and matchable[-1] == header.author:
                        paragraphs.pop()
                        matchable.pop()
                continue
            if bare_label := md.bare_label(line):
                label_next = bare_label  # "Oleh :" with the name on the next line
                continue
        if (in_header or line[:6].lower() in ("sumber", "source") or md.is_foot_byline(line)) and md.is_label_line(line):
            labels = md.parse_labels(line)
            header.author = header.author or labels.get("author")
            header.editor = header.editor or labels.get("editor")
            if "source" in labels:
                header.sources.append(labels["source"])
            continue
        if in_header and not paragraphs and not md.find_dateline(line) and (
                bp.is_label(line) and (not header.title or title_line is None or i < title_line)
                or title_line is not None and i < title_line and _short_line(line)):
            continue  # a section label before the text ("Internasional") or above the title ("Singapore", "France 24")
        paragraphs.append(printed[i])
        matchable.append(line)
        # (a name line may still come before the date: "Ann Lee" / "28 Jun 2025 06:00AM", CNA)
        after_standfirst = after_standfirst and bool(_NAME_LINE.match(line))
        if len(line.split()) >= BODY_PARAGRAPH_WORDS or md.find_dateline(line):
            after_standfirst = not body_started and i == under_title and not md.find_dateline(line)
            body_started = True

    # The dateline opens the article proper; it leaves the body, the paragraphs above it stay
    # (duplicated teasers go in _drop_repeats, captions went above).
    dateline = None
    for j, paragraph in enumerate(matchable[: MAX_PARAGRAPHS_BEFORE_DATELINE + 1]):
        allow_colon = (j == 0 and len(paragraph) > 120) or (j <= 2 and bool(_CAPS_COLON_DATELINE.match(paragraph)))
        found = md.find_dateline(paragraph, allow_colon=allow_colon, gazetteer=gazetteer)
        if found:
            dateline = found
            rest = paragraphs[j][found.length :].strip()
            paragraphs[j : j + 1] = [rest] if rest else []
            break

    if paragraphs and (credit := _closing_wire_credit(paragraphs[-1], gazetteer)):
        paragraphs[-1] = paragraphs[-1][: credit.start()].rstrip()
        header.credits.extend(_CREDIT_SPLIT.split(credit.group("credit")))
    paragraphs = _drop_repeats(paragraphs)
    if not paragraphs and header.title and not title_hint:
        # A single headline-like line is all there is: it is the text, not a title, as printed
        # (the title was found in the matching copy, where a no-break space is a space).
        i = next((i for i in nonempty if lines[i].startswith(header.title)), None)
        paragraphs = [printed[i][: len(header.title)] if i is not None else header.title]
        header.title = ""
    body = "\n\n".join(paragraphs)
    if not body.strip():
        raise NoArticleText("No article text was found: the input holds only page furniture (menus, ads, captions).")

    if header.author:
        header.author = _without_agency(header.author, header, gazetteer)
    outlet_entry, outlet_name = _decide_outlet(header, dateline, url_outlet, host, filename, gazetteer)
    wires = _wire_sources(body, header, dateline, outlet_entry, outlet_name, gazetteer)
    author = header.author or header.editor
    return ParsedArticle(
        body=body,
        title=header.title,
        outlet=outlet_name,
        author=author,
        published_at=_published_at(header, outlet_entry, language := detect_language(body)),
        language=language,
        dateline=dateline.place if dateline else header.place,
        wire_sources=wires,
        url=url,
    )


# The wire credit closing the last paragraph: "... ended in deadlock. AFP", "... on Friday. REUTERS, AFP".
_CLOSING_CREDIT = re.compile(r"(?<=[.!?\"”’])\s+(?:[—–-]\s*)?(?P<credit>[A-Z][A-Za-z]{1,12}(?:\s*(?:,|/|and)\s*[A-Z][A-Za-z]{1,12}){0,2})$")
_CREDIT_SPLIT = re.compile(r"\s*(?:,|/|\band\b)\s*")


# A reporting credit under the text ("Additional reporting by Antara; Editing by Ed Davies", "-- with
# additional reporting from Antara"): furniture,
# but the agencies it names contributed to the story.
_REPORTING_CREDIT = re.compile(r"^(?:[-–—]+\s*)?\(?(?:with )?(?:additional )?reporting (?:by|from)\b", re.I)


def _credited_agencies(line: str, gazetteer: OutletGazetteer) -> list[str]:
    if not _REPORTING_CREDIT.match(line):
        return []
    return [written for _at, _entry, written in gazetteer.find_in(line, wires_only=True)]


def _closing_wire_credit(paragraph: str, gazetteer: OutletGazetteer) -> re.Match | None:
    match = _CLOSING_CREDIT.search(paragraph)
    if match is None:
        return None
    names = _CREDIT_SPLIT.split(match.group("credit"))
    return match if all((e := gazetteer.find(n)) is not None and e.is_wire for n in names) else None


# A footer heading followed by this many sentence-like paragraphs (after its link lines) heads a
# block of links inside the article ("Related Stories" between two paragraphs), not the footer.
BODY_AFTER_LINK_BLOCK = 2
# ... among which one subheading of at most this many words may stand (`Blame over habitat loss`).
MAX_SUBHEADING_WORDS = 6
MAX_LINK_BLOCK_LINES = 12


def _without_agency(author: str, header: _Header, gazetteer: OutletGazetteer) -> str:
    """"EVA MARTÍNEZ CÁCERES Associated Press": the name, and the agency it writes for (a wire
    source when the page is another outlet's). A team keeps its outlet ("Tim Cek Fakta Liputan6.com")."""
    words = author.split()
    for n in (3, 2, 1):
        if len(words) > n + 1 and (entry := gazetteer.find(" ".join(words[-n:]))) is not None:
            (header.agencies if entry.is_wire else header.outlets).append(" ".join(words[-n:]))
            return author if _TEAM_AUTHOR.match(author) else " ".join(words[:-n])
    return author


def _name_above(matchable: list[str], gazetteer: OutletGazetteer) -> tuple[str, int] | None:
    """The byline printed over a header's date line: (the name, the lines it takes). A job title
    under the name ("Shannon Teoh" / "Malaysia Bureau Chief") is no name: the name is above it."""
    def is_name(line: str) -> bool:
        return bool(_NAME_LINE.match(line)) and not gazetteer.find(line)

    if not matchable or not is_name(matchable[-1]):
        return None
    if not _JOB_TITLE.search(matchable[-1]):
        return matchable[-1], 1
    if len(matchable) >= 2 and is_name(matchable[-2]) and not _JOB_TITLE.search(matchable[-2]):
        return matchable[-2], 2
    return None


def _footer_start(lines: list[str]) -> tuple[int, set[int]]:
    """Index where the page footer starts ("Berita Terkait", "More from author"), with the short
    promo lines right above it in the same block; len(lines) when there is none. Only after some
    article text, so a "Tags" line at the top cuts nothing. Also the lines of link blocks inside
    the text (a "Related Stories" heading and its headlines with the article going on below)."""
    seen_text = False
    link_blocks: set[int] = set()
    for i, line in enumerate(lines):
        if i in link_blocks:
            continue
        if seen_text and line and bp.is_link_heading(line) and (block := _link_block(lines, i)):
            link_blocks |= block
            continue
        if seen_text and line and bp.is_end_of_article(line):
            start = i
            while (
                start > 0 and lines[start - 1] and len(lines[start - 1]) < 80
                and not bp.looks_like_sentence(lines[start - 1]) and not md.is_label_line(lines[start - 1])
            ):
                start -= 1
            return start, link_blocks
        if bp.looks_like_sentence(line):
            seen_text = True
    return len(lines), link_blocks


def _link_block(lines: list[str], heading: int) -> set[int] | None:
    """The heading's lines when the article goes on below its links, else None (the footer)."""
    j, block = heading + 1, {heading}
    while j < len(lines) and len(block) <= MAX_LINK_BLOCK_LINES and not bp.looks_like_sentence(lines[j]):
        if lines[j] and bp.is_end_of_article(lines[j]):
            return None
        block.add(j)
        j += 1
    # the article goes on: the next paragraphs are whole sentences, not teasers cut off with "..."
    # between headlines, as a footer's related-story list runs
    # (a subheading may stand between them: `Blame over habitat loss`, after the first sentence)
    sentences, subheadings = 0, 0
    for line in (line for line in lines[j:] if line):
        if bp.looks_like_sentence(line) and not line.endswith(("...", "…")) and bp.classify_line(line) is None:
            sentences += 1
            if sentences == BODY_AFTER_LINK_BLOCK:
                return block
        elif sentences and not subheadings and _subheading(line):
            subheadings += 1
        else:
            return None
    return None


def _subheading(line: str) -> bool:
    """A heading inside the text: a few words, no sentence end, not a teaser cut off with "..."."""
    return len(line.split()) <= MAX_SUBHEADING_WORDS and not line.endswith(("...", "…", ".", ":")) \
        and bp.classify_line(line) is None


def _find_title(header_lines: list[str], gazetteer: OutletGazetteer) -> str:
    # The title is printed above the text: stop at the first paragraph-like line.
    for k, line in enumerate(header_lines):
        if bp.looks_like_sentence(line) and len(line.split()) >= BODY_PARAGRAPH_WORDS // 2:
            header_lines = header_lines[:k]
            break
    candidates = [
        line for line in header_lines
        if bp.classify_line(line) is None and not md.is_label_line(line) and not md.parse_byline(line, gazetteer)
        and not md.site_name(line) and not (len(line) <= 40 and gazetteer.find(line) is not None)
    ]
    # A line printed twice in the header is the title (the page's <h1> and the share card).
    for line in candidates:
        if candidates.count(line) > 1 and _title_like(line):
            return line
    for k, line in enumerate(candidates):
        if (bp.is_label(line) or _short_line(line) or _mostly_date(line)) and any(_title_like(c) for c in candidates[k + 1 :]):
            continue  # "Berita Viral", "Internasional", "detikNews / Berita", a date, "France 24": above the title
        stripped = _TRAILING_TIME.sub("", line)
        if _title_like(stripped) and not md.find_dateline(line) and not _mostly_date(line):
            return stripped
        return ""
    return ""


def _short_line(line: str) -> bool:
    """Too short for a title or a sentence: a label or a site's name ("France 24")."""
    return len(line.split()) < MIN_TITLE_WORDS and not bp.looks_like_sentence(line)


def _mostly_date(line: str) -> bool:
    """A date line ("Senin 10 Mar 2025 16:20 WIB", "Published 4 March 2025"), not a headline that
    holds a date ("Bank X Tutup per 1 April 2025")."""
    found = find_date(line)
    return found is not None and len((line[: found.start] + line[found.end :]).split()) <= 3


# "Rachel Roe, Power Play producer": a credit line, not a headline.
_PERSON_CREDIT = re.compile(r"^[A-Z][a-z'’\-]+(?: [A-Z][a-z'’\-]+){1,2},\s")


def _title_like(line: str) -> bool:
    if _PERSON_CREDIT.match(line) and len(line.split()) <= 7:
        return False
    return (
        len(line.split()) >= MIN_TITLE_WORDS
        and len(line) <= MAX_TITLE_CHARS
        and not _ENDS_LIKE_SENTENCE.search(line)
    )


def _take_date_line(line: str, header: _Header) -> bool:
    """A header line that is a date (and maybe "By X"): record it and report it consumed."""
    if len(line) > 100:
        return False
    found = find_date(line)
    if not found:
        return False
    before = _DATE_LABEL_BEFORE.sub("", line[: found.start].strip())
    if place := _PLACE_BEFORE_DATE.match(before.strip()):
        header.place = header.place or place.group("place")  # "Jakarta ● Thu, July 17, 2025"
        before = ""
    rest = (before + " " + _UPDATE_AFTER.sub("", line[found.end :])).strip(" -–—|/,•·")
    rest_labels = md.parse_labels(rest) if rest else {}
    # "Rahmat Fadhilah • 11 Maret 2025 13:45", "Dimas Aji , Jurnalis · Kamis 13 Februari 2025"
    name = _REPORTER_ROLE.sub("", rest).strip(" ,•·") if rest and not rest_labels else ""
    if name and _NAME_LINE.match(name):
        rest_labels = {"author": name}
    elif rest and not rest_labels and len(rest.split()) > 2:
        return False
    if rest_labels.get("author"):
        header.author = header.author or rest_labels["author"]
    update = bool(_UPDATE_FIRST.match(line.strip()))
    unset = header.published_at is None and header.published_naive is None
    if not found.has_time:
        header.date_only = line
    if found.has_time and (unset or header.published_is_update and not update):
        # A date without a time stays unknown: the contract (and the gold) want a printed time.
        # A time without a printed zone waits for the outlet, whose country gives the zone. An
        # "Updated" time yields to the publication time printed below it.
        header.published_at, header.published_naive = found.value, found.naive
        header.published_is_update = update
    return True


def _published_at(header: _Header, outlet: Outlet | None, language: str) -> datetime | None:
    if header.published_at is not None or header.published_naive is None:
        return header.published_at
    country = outlet.country if outlet else LANGUAGE_COUNTRIES.get(language)
    return localise_in_country(header.published_naive, country)


# The country whose time a page prints without a zone when its outlet is unknown: an Indonesian
# page prints Jakarta time (WIB) unless it says otherwise; English is printed in too many zones.
LANGUAGE_COUNTRIES = {"id": "ID"}


def _decide_outlet(
    header: _Header, dateline: md.Dateline | None, url_outlet: Outlet | None, host: str | None,
    filename: str | None, gazetteer: OutletGazetteer,
) -> tuple[Outlet | None, str | None]:
    """Most trusted first: the URL's known domain; outlets the page names (byline, dateline,
    site-name line, "Source:" label) that the gazetteer knows; an outlet (not an agency) slug in the
    file name; an agency's own dateline or byline; an agency slug in the file name; then unknown
    names as written; then the URL's host."""
    if url_outlet:
        return url_outlet, url_outlet.name
    written: list[str] = list(header.outlets)
    if dateline and dateline.outlet:
        written.append(dateline.outlet)
    for source in header.sources:
        entry = gazetteer.find(source)
        if entry is not None and not entry.is_wire:
            written.append(source)  # "Source: Gazeta" on a site that reprints Gazeta ("Source: NATO" is a chart's)
    for name in written:
        entry = gazetteer.find(name)
        if entry:
            return entry, entry.name
    from_file = md.outlet_from_filename(filename, gazetteer)
    if from_file and not from_file.is_wire:
        return from_file, from_file.name  # "Jakarta (AFP) -" on a page the file name gives to another outlet
    for agency in ([dateline.agency] if dateline and dateline.agency else []) + header.agencies:
        entry = gazetteer.find(agency)
        if entry and not written:
            return entry, entry.name  # "Jakarta (ANTARA) -" on the agency's own site
    if from_file:
        return from_file, from_file.name
    if written:
        return None, written[0]
    return None, host


def _wire_sources(
    body: str, header: _Header, dateline: md.Dateline | None, outlet: Outlet | None, outlet_name: str | None,
    gazetteer: OutletGazetteer,
) -> list[str]:
    found: list[Outlet] = []
    if dateline and dateline.agency:
        entry = gazetteer.find(dateline.agency)
        if entry:
            found.append(entry)
    for source in [part for s in header.sources for part in _CREDIT_SPLIT.split(s)] + header.agencies + header.credits:
        entry = gazetteer.find(source)  # ("Source: AFP/Reuters/ec": two agencies and an editor's initials)
        if entry and entry.is_wire:
            found.append(entry)
    if header.author:
        entry = gazetteer.find(header.author)
        if entry and entry.is_wire:
            found.append(entry)  # "By Yonhap": the story is the agency's copy
    found.extend(md.find_wire_sources(body, gazetteer, outlet_known=outlet is not None))
    names: list[str] = []
    for entry in found:
        if entry == outlet or (outlet_name and gazetteer.find(outlet_name) == entry):
            continue
        if entry.name not in names:
            names.append(entry.name)
    return names


def _drop_repeats(paragraphs: list[str]) -> list[str]:
    """A teaser printed above the article and again as its first paragraph is kept once (the later)."""
    kept = []
    for i, paragraph in enumerate(paragraphs):
        later = paragraphs[i + 1 :]
        if len(paragraph) >= 40 and any(p == paragraph for p in later):
            continue
        kept.append(paragraph)
    return kept
