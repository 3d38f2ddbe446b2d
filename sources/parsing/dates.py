"""Publication dates as printed in news page headers: find the date line, parse it once.

dateparser is slow (tens of ms on first use, ~1 ms per call after), so it only ever sees the short
date substring that the regexes below found, and results are cached per string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
from functools import lru_cache

_MONTHS = (
    r"januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|"
    r"january|february|march|may|june|july|august|october|december|"
    r"jan|feb|mar|apr|jun|jul|agu|agt|ags|aug|sep|sept|okt|oct|nov|des|dec"
)
_DAYS = (
    r"senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun"
)
# Printed time zones and their offsets. Indonesia's three zones are the ones that matter most:
# WIB (Jakarta, Sumatra) +7, WITA (Bali, Sulawesi) +8, WIT (Papua) +9.
ZONE_OFFSETS: dict[str, int] = {
    "WIB": 7 * 60, "WITA": 8 * 60, "WIT": 9 * 60,
    "KST": 9 * 60, "JST": 9 * 60, "MYT": 8 * 60, "SGT": 8 * 60, "MSK": 3 * 60, "CST+8": 8 * 60,
    "GMT": 0, "UTC": 0, "BST": 60, "CET": 60, "CEST": 120,
    "ET": -5 * 60, "EST": -5 * 60, "EDT": -4 * 60, "CT": -6 * 60, "CDT": -5 * 60,
    "MT": -7 * 60, "MST": -7 * 60, "MDT": -6 * 60, "PT": -8 * 60, "PST": -8 * 60, "PDT": -7 * 60,
}
# When a page prints a time but no zone, it is the outlet's local time. Offsets of the countries
# in the outlet gazetteer (Indonesian sites print WIB when they print a zone at all).
COUNTRY_OFFSETS: dict[str, int] = {
    "ID": 7 * 60, "KR": 9 * 60, "KP": 9 * 60, "JP": 9 * 60, "MY": 8 * 60, "SG": 8 * 60, "CN": 8 * 60, "HK": 8 * 60, "TH": 7 * 60, "VN": 7 * 60, "QA": 3 * 60, "IN": 5 * 60 + 30,
    "PH": 8 * 60, "RU": 3 * 60, "TR": 3 * 60, "GB": 0, "FR": 60, "DE": 60,
}

_DATE = (
    rf"(?:(?:{_DAYS})\s*,?\s*)?"
    r"(?:"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}"  # 25 Mei 2024, 19 June 2024, 06 May, 2025, 9th March 2027
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"  # June 19, 2024
    r"|\d{4}-\d{2}-\d{2}"  # 2024-06-19
    r"|\d{1,2}/\d{1,2}/\d{4}"  # 19/06/2024 (day first, as Indonesian sites print it)
    r")"
)
_TIME = r"(?:pukul\s+|at\s+|jam\s+)?(?P<time>\d{1,2}[:.]\d{2}(?::\d{2})?)(?:\s*(?P<ampm>[ap]\.?m\.?))?"
# A zone as an offset from GMT or UTC: "GMT+8", "UTC+07:00", "GMT-5".
_OFFSET_ZONE = r"(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?"
_ZONE = (r"(?:\s*(?P<zone>" + _OFFSET_ZONE + "|"
         + "|".join(sorted(ZONE_OFFSETS, key=len, reverse=True)).replace("+", r"\+") + r")(?![\w+-]))?")

DATE_TIME_RE = re.compile(
    rf"(?P<date>{_DATE})(?:\s*(?:[,/|\-–—·•●]|\bat\b|\bpukul\b|\bjam\b)?\s*{_TIME}{_ZONE})?"
    # the time first, as AP prints it: "5:48 PM CDT, April 22, 2025"
    rf"|{_TIME.replace('(?P<time>', '(?P<time2>').replace('(?P<ampm>', '(?P<ampm2>')}"
    rf"{_ZONE.replace('(?P<zone>', '(?P<zone2>')}\s*,?\s*(?P<date2>{_DATE})",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    value: datetime | None  # aware; None without a printed time or without a known zone
    has_time: bool
    naive: datetime | None = None  # the printed wall-clock time, for a zone decided later


def find_date(line: str, *, default_offset_minutes: int | None = None) -> DateMatch | None:
    """The first printed date in `line`, parsed when it comes with a time."""
    match = DATE_TIME_RE.search(line)
    if not match:
        return None
    second = match.group("date2") is not None
    date, time, ampm, zone = (match.group(g + ("2" if second else "")) for g in ("date", "time", "ampm", "zone"))
    if not time:
        return DateMatch(match.start(), match.end(), None, False)
    offset = _zone_offset((zone or "").upper(), default_offset_minutes)
    text = date + " " + time.replace(".", ":") + (" " + ampm if ampm else "")
    naive = _parse(text)
    if naive is None:
        return DateMatch(match.start(), match.end(), None, True)
    value = localise(naive, offset)
    return DateMatch(match.start(), match.end(), value, True, naive)


def _zone_offset(zone: str, default: int | None) -> int | None:
    m = re.fullmatch(r"(?:GMT|UTC)([+-])(\d{1,2}):?(\d{2})?", zone)
    if m:
        minutes = int(m.group(2)) * 60 + int(m.group(3) or 0)
        return minutes if m.group(1) == "+" else -minutes
    return ZONE_OFFSETS.get(zone, default)


def localise(naive: datetime, offset_minutes: int | None) -> datetime | None:
    if offset_minutes is None:
        return None
    return naive.replace(tzinfo=timezone(timedelta(minutes=offset_minutes)))


# Countries whose clocks change in summer: their offset depends on the date (a Paris page's
# 11:42 in May is 11:42+02:00, in January +01:00). The fixed offsets above are their winter ones,
# used when the system has no time-zone database.
COUNTRY_ZONES: dict[str, str] = {"FR": "Europe/Paris", "DE": "Europe/Berlin", "GB": "Europe/London"}
# (Not countries of several zones, the United States or Australia: their pages' time stays unknown.)


def localise_in_country(naive: datetime, country: str | None) -> datetime | None:
    """The wall-clock time a page of `country` prints, as an aware time (None when unknown)."""
    if not country:
        return None
    if country in COUNTRY_ZONES:
        try:
            zone = ZoneInfo(COUNTRY_ZONES[country])
        except ZoneInfoNotFoundError:
            pass
        else:
            offset = naive.replace(tzinfo=zone).utcoffset()
            return naive.replace(tzinfo=timezone(offset))
    return localise(naive, COUNTRY_OFFSETS.get(country))


_DAY_PREFIX = re.compile(rf"^(?:{_DAYS})\s*,?\s*", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _parse(text: str) -> datetime | None:
    settings = {"DATE_ORDER": "DMY", "RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first"}
    parsed = _dateparser().parse(_DAY_PREFIX.sub("", text), languages=["id", "en"], settings=settings)
    return parsed.replace(tzinfo=None) if parsed else None


@lru_cache(maxsize=1)
def _dateparser():
    import dateparser  # imported on first use: it costs ~0.3 s

    return dateparser
