"""ClaimKey: everything matching needs to know about one claim, computed once. Pure Python."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from . import lexicons as lx
from .normalise import _IS_NUMBER, format_number, parse_number, speaker_context, speaker_key, stem_id, tokenize

NEGATED_UNKNOWN = "*"
# "18/6", "18/6/2024": day/month as Indonesian and British outlets print it.
_DAY_MONTH = re.compile(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b")
# "2:22", "17:12": clock times.
_HALF_DAY = r"(?P<half>[ap])\.?\s?m\b\.?"
_CLOCK = re.compile(
    rf"\b(?P<h>\d{{1,2}})[:.](?P<m>\d{{2}})\s*(?:{_HALF_DAY}|wib\b|wita\b|wit\b|gmt\b|utc\b)"
    r"|\b(?P<h2>\d{1,2}):(?P<m2>\d{2})\b"
    # wire copy gives the universal time as four digits: `10:47 pm (1447 GMT)`
    r"|\b(?P<h3>[01]\d|2[0-3])(?P<m3>[0-5]\d)\s*(?:gmt|utc)\b"
    rf"|\b(?P<h4>1[0-2]|0?[1-9])\s?(?:{_HALF_DAY.replace('half', 'half4')})"
    # `pukul 08.00`: the hour word makes a time of it with no zone after
    r"|(?:(?<=\bpukul\s)|(?<=\bjam\s))(?P<h5>\d{1,2})[:.](?P<m5>\d{2})\b"
)


_PERCENT = re.compile(r"(?<=\d)\s*%")
# `3x24 jam`, the Indonesian way of writing a deadline: three days, and 72 hours
_DAYS_OF_HOURS = re.compile(r"\b(\d{1,2})\s*[x×]\s*24\s*jam\b")
_DOLLAR = re.compile(r"(?:\bus)?\$\s*(?=\d)")
# An amount converted into another currency in brackets, `Rp 6,085,128 (US$383)`: English outlets
# add it, Indonesian ones do not, so it is no figure of the claim. Read on the case-folded text.
_CONVERSION = re.compile(
    r"\((?:(?:about|around|approximately|roughly|some|nearly|almost|or|sekitar|kira-kira|setara|atau)\s+)?"
    r"(?:us\$|s\$|a\$|\$|€|£|¥|usd|rm|rp\.?)\s?\d[\d.,]*(?:\s*(?:million|billion|trillion|juta|miliar|triliun|mln|bn|m))?\)")
# `4,7-5,5 persen`: a dash between two figures joins the ends of a range (lexicons.RANGE_WORDS)
_NUMBER_DASH = re.compile(r"(\d)\s*[-\u2013\u2014]\s*(?=\d)")
# A number that names a thing is no quantity: flight `GA 617`, train `KRL nomor 351`, toll-road
# marker `KM 166`, `Pasal 27`, `RT 05`. A code of two or three capitals before it (not a
# currency), or a word that numbers things. Read on the text before case-folding.
_IDENTIFIER = re.compile(
    r"\b(?!(?:USD|US|IDR|RP|EUR|SGD|MYR|JPY|CNY|GBP|AUD)\b)[A-Z]{2,3}[ -]?\d{1,5}\b"
    r"|(?i:\b(?:nomor|nomer|no\.|nr\.|pasal|ayat|flight|penerbangan)\s+)\(?\d{1,5}\b\)?"
)


# Read as no negation: a short word in capitals is a code or an acronym (`GA`, Garuda's flight
# code), not the colloquial `ga` (`tidak`) lower case would spell; a numbering (`Regulation No.
# 89`, `Law No.5/2017`) is no `no`. (`_IDENTIFIER` drops such numbers from the figures, but asks
# for the period and a space.)
_NOT_NEGATING = re.compile(r"\b[A-Z]{2,3}\b|\b[Nn]o\.?\s*(?=\d)")
# Currency signs written before a figure (`Rp17.000 hingga Rp18.000`)
_CURRENCY_SIGNS = frozenset({"rp", "usd", "idr"})


def _clock_time(m: re.Match) -> str:
    """`t:H:MM` on a 24-hour clock: `10:47 pm`, `22.47 WITA` and `2247 GMT` are one time, and
    `2 a.m.` is `02.00`."""
    hour = int(m["h"] or m["h2"] or m["h3"] or m["h4"] or m["h5"])
    minutes = m["m"] or m["m2"] or m["m3"] or m["m5"] or "00"
    half = m["half"] or m["half4"]
    if half == "p" and hour < 12:
        hour += 12
    elif half == "a" and hour == 12:
        hour = 0
    return f"t:{hour}:{minutes}"


@dataclass(frozen=True)
class ClaimKey:
    """The matching view of one claim. Build it with `claim_key()`.

    `text` is the normalised text, `tokens` its words. `speaker` is the canonical name (aliases
    resolved upstream) or None; `speaker_forms` its loose forms. `numbers` are the quantities
    that are not dates (canonical digit strings; a number from 1900 to 2100 with no year word
    before it, "2000 tentara", is also read as a year), `quantities` the (value, dimension, unit)
    triples of numbers followed by a unit word, `dates` language-free labels ("wd:tue", "m:8",
    "y:2023", "dm:18-6", "t:2:22", "rel:d-1"), `negated` whether a negation word occurs,
    `negated_words` what the negations negate (`_negated_words`; None in keys stored before it),
    `content` the words that are not stopwords, `names` the normalised words written with a
    capital letter inside the sentence (people, places, organisations: see `_names`),
    `speaker_context` the words of how the speaker was written besides the name (what a person
    speaks for: `normalise.speaks_for`), `approximate` the numbers written as bounds or
    estimates (`lebih dari 34 juta`, `about 1,200`).
    """

    text: str
    tokens: tuple[str, ...]
    language: str | None
    speaker: str | None = None
    speaker_forms: frozenset[str] = field(default=frozenset())
    numbers: frozenset[str] = field(default=frozenset())
    quantities: frozenset[tuple[float, str, str]] = field(default=frozenset())
    negated: bool = False
    negated_words: frozenset[str] | None = None
    dates: frozenset[str] = field(default=frozenset())
    content: frozenset[str] = field(default=frozenset())
    names: frozenset[str] = field(default=frozenset())
    speaker_context: frozenset[str] = field(default=frozenset())
    approximate: frozenset[str] = field(default=frozenset())

    def to_dict(self) -> dict:
        """JSON-serialisable form (for Celery payloads and caches)."""
        return {
            "text": self.text,
            "tokens": list(self.tokens),
            "language": self.language,
            "speaker": self.speaker,
            "speaker_forms": sorted(self.speaker_forms),
            "numbers": sorted(self.numbers),
            "quantities": sorted([list(q) for q in self.quantities]),
            "negated": self.negated,
            **({} if self.negated_words is None else {"negated_words": sorted(self.negated_words)}),
            "dates": sorted(self.dates),
            "content": sorted(self.content),
            "names": sorted(self.names),
            "speaker_context": sorted(self.speaker_context),
            **({"approximate": sorted(self.approximate)} if self.approximate else {}),
        }

    @classmethod
    def from_dict(cls, d: dict) -> ClaimKey:
        return cls(
            text=d["text"],
            tokens=tuple(d["tokens"]),
            language=d["language"],
            speaker=d["speaker"],
            speaker_forms=frozenset(d["speaker_forms"]),
            numbers=frozenset(d["numbers"]),
            quantities=frozenset(tuple(q) for q in d["quantities"]),
            negated=d["negated"],
            negated_words=frozenset(d["negated_words"]) if "negated_words" in d else None,
            dates=frozenset(d["dates"]),
            content=frozenset(d["content"]),
            names=frozenset(d.get("names", ())),
            speaker_context=frozenset(d.get("speaker_context", ())),
            approximate=frozenset(d.get("approximate", ())),
        )


# A capitalised word that does not open the text or a sentence: "Jakarta", "Santoso", "Medan".
_CAPITALISED = re.compile(r"(?<![.!?:\"“‘'(]\s)(?<!^)\b[^\W\d_][^\W_]*", re.UNICODE)


# `bekerja dari rumah (work from home/WFH)`, `aparatur sipil negara (ASN)`: an acronym in brackets
# after the lower-case words it abbreviates.
_GLOSSED_ACRONYM = re.compile(r"((?:[^\W\d_][\w-]*\s+){1,6}?)\(\s*(?:([^()/]{3,60})/\s*)?([A-Z]{2,6})\s*\)")


def _acronym_glosses(text: str) -> set[str]:
    """Acronyms of common words, which name nothing (`WFH`, `ASN`): written in brackets after the
    lower-case words whose initials they are (or beside them in the brackets, `(work from
    home/WFH)`). A name's acronym (`Badan Pusat Statistik (BPS)`) follows capitalised words."""
    out = set()
    for m in _GLOSSED_ACRONYM.finditer(text):
        acronym = m.group(3)
        for words in (m.group(2), m.group(1)):
            if not words:
                continue
            tail = words.split()[-len(acronym):]
            if len(tail) == len(acronym) and all(w[:1].islower() for w in tail) \
                    and "".join(w[0] for w in tail).upper() == acronym:
                out.add(acronym)
    return out


def _names(text: str, language: str | None) -> frozenset[str]:
    """Normalised tokens of words capitalised mid-sentence, minus date words and stopwords.

    Two claims that share their wording but name different people or places ("police seized
    drugs in Medan" / "... in Surabaya") are different claims; `scoring.safeguards` compares
    these sets. Only an approximation of named entities (sentence-initial names are missed),
    which is enough to stop an automatic match; the checker sees a suggestion.
    """
    stops = lx.stopwords(language)
    spelled = lx.NAME_ABBREVIATIONS.get(language or "", {})
    out = set()
    text = unicodedata.normalize("NFKC", text.strip(" \"“”‘’'"))
    glosses = _acronym_glosses(text)
    for m in _CAPITALISED.finditer(text):
        word = m.group(0)
        if not word[0].isupper() or m.start() == 0 or word in glosses:
            continue
        for tok in tokenize(word, language):
            if (tok not in stops and tok not in lx.WEEKDAYS and tok not in lx.MONTHS
                    and tok not in lx.TIME_ZONES and not _IS_NUMBER.match(tok) and len(tok) > 1):
                out.update(spelled.get(tok, (tok,)))
    return frozenset(out)


def _negated_words(tokens: Sequence[str], neg: frozenset[str], stops: frozenset[str]) -> frozenset[str]:
    """The first word that is no stopword after each negator (`tidak berubah` -> berubah, `not a
    hidden increase` -> hidden), or `*` for a negation whose scope is not read this way (`hoaks`,
    `denied`, `tidak ada bukti bahwa ...`, a negator at the end)."""
    out = set()
    for i, tok in enumerate(tokens):
        if tok not in neg:
            continue
        if tok not in lx.SCOPED_NEGATIONS or tokens[i + 1:i + 2] and tokens[i + 1] in lx.NEGATED_EXISTENCE:
            out.add(NEGATED_UNKNOWN)
            continue
        nxt = next((t for t in tokens[i + 1:i + 5] if t and t not in stops and t not in neg), None)
        out.add(nxt or NEGATED_UNKNOWN)
    return frozenset(out)


_PHRASE_STARTS = frozenset(p[0] for p in (*lx.UNNEGATING_PHRASES, *lx.NEGATING_PHRASES))


def _without_set_phrases(tokens: Sequence[str]) -> Sequence[str]:
    """`tokens` for reading negation: the words of lexicons.UNNEGATING_PHRASES blanked, each of
    lexicons.NEGATING_PHRASES written as `not`."""
    if _PHRASE_STARTS.isdisjoint(tokens):
        return tokens
    out = list(tokens)
    for i in range(len(out)):
        for phrase in lx.UNNEGATING_PHRASES:
            if tuple(tokens[i:i + len(phrase)]) == phrase:
                out[i:i + len(phrase)] = [""] * len(phrase)
        for phrase in lx.NEGATING_PHRASES:
            if tuple(tokens[i:i + len(phrase)]) == phrase:
                out[i:i + len(phrase)] = ["not"] + [""] * (len(phrase) - 1)
    return out


def _without_attributive_verdicts(tokens: Sequence[str], language: str | None,
                                  stops: frozenset[str]) -> Sequence[str]:
    """`tokens` with each verdict word that is the attribute of a thing blanked (`uang palsu`,
    `fake notes`: counterfeit money is no negation); of a claim or predicated it stays (`berita
    palsu`, `the report is false`). An unknown language reads both orders."""
    orders = [(lang, lx.ATTRIBUTIVE_VERDICTS[lang], lx.HEAD_FINAL_ATTRIBUTES[lang])
              for lang in ((language,) if language in lx.ATTRIBUTIVE_VERDICTS else lx.ATTRIBUTIVE_VERDICTS)]
    if all(words.isdisjoint(tokens) for _, words, _ in orders):
        return tokens
    out = list(tokens)
    for i, tok in enumerate(tokens):
        for _lang, words, head_final in orders:
            if tok not in words:
                continue
            j = i + 1 if head_final else i - 1
            head = tokens[j] if 0 <= j < len(tokens) else ""
            if head and head not in stops and head not in lx.DISCOURSE_NOUNS and head.isalpha():
                out[i] = ""
    return out


def _previous_values(tokens: Sequence[str]) -> set[int]:
    """Positions of the figures a claim says a count moved from (`up from 182`, `to 12 from 7`,
    `bertambah dari sebelumnya delapan`) or first stood at (`from an initial reading of 6.2`,
    `initially reported at magnitude 6.2`)."""
    return {i for i in range(2, len(tokens))
            if _IS_NUMBER.match(tokens[i]) and ((tokens[i - 2], tokens[i - 1]) in lx.PREVIOUS_VALUE_MARKERS
                                                or (tokens[i - 1] in lx.MOVED_FROM_FILLERS
                                                    and tuple(tokens[i - 3:i - 1]) in lx.PREVIOUS_VALUE_MARKERS)
                                                or _moved_from(tokens, i) or _first_reading(tokens, i))}


def _first_reading(tokens: Sequence[str], i: int) -> bool:
    """Whether the figure at `i` is a first reading: an initial word within four words before it,
    and no other figure or `to` (`menjadi`) between (`dari semula 6,2 menjadi 6,0`: 6,0 is the claim's)."""
    at = next((j for j in range(i - 1, max(-1, i - 5), -1) if tokens[j] in lx.INITIAL_WORDS
               or tokens[j] == "initial" and tokens[j + 1] in lx.READING_NOUNS), None)
    return at is not None and not any(_IS_NUMBER.match(t) or t in lx.MOVED_TO for t in tokens[at + 1:i])


def _moved_from(tokens: Sequence[str], i: int) -> bool:
    """Whether the figure at `i` is what a count moved from, told after the new one (`to 5
    batches from 3`, `menjadi 17 anak dari sebelumnya 11`)."""
    at = i - 2 if tokens[i - 1] in lx.MOVED_FROM_FILLERS else i - 1
    if at < 2 or tokens[at] not in lx.MOVED_FROM:
        return False
    return any(tokens[j] in lx.MOVED_TO and _IS_NUMBER.match(tokens[j + 1]) for j in range(max(0, at - 5), at - 1))


def _range_end(tokens: Sequence[str], i: int, language: str | None) -> tuple[float, int] | None:
    """The upper end and its position when the number at `i` opens a range (`4.7 to 5.5`, `1.5%
    to 3.5%`, `between 4.7 and 5.5`, `Rp17.000 hingga Rp18.000`), else None. Years and days of
    a month are read as dates instead (`21-22 Oktober`, `2019-2024`)."""
    j = i + 2 if i + 1 < len(tokens) and tokens[i + 1] in lx.UNITS else i + 1  # (the joiner)
    k = j + 2 if j + 1 < len(tokens) and tokens[j + 1] in _CURRENCY_SIGNS else j + 1  # (the end)
    if k >= len(tokens) or not _IS_NUMBER.match(tokens[k]):
        return None
    joiner = tokens[j]
    opener = tokens[i - 2] if i >= 2 and tokens[i - 1] in _CURRENCY_SIGNS else tokens[i - 1] if i else ""
    if joiner not in lx.RANGE_WORDS and lx.RANGE_OPENERS.get(opener) != joiner:
        return None
    if j == i + 2 and k == j + 2:
        return None  # `rise by 6.2 percent to Rp 6,085,128`: a change, then the new level in another unit
    after = tokens[k + 1] if k + 1 < len(tokens) else ""
    if _is_year(tokens[i]) or _is_year(tokens[k]) or after in lx.MONTHS:
        return None
    end = parse_number(tokens[k], language)
    return None if end is None else (end, k)


def _band(tokens: Sequence[str], i: int, value: float, language: str | None):
    """A figure given with its margin (`2,5 plus minus 1 persen`, `2.5 percent plus or minus 1
    percent`, `2.5±1`) as the range it spans, `((1.5, 3.5), position of the margin)`, else None:
    the same target as `1.5% to 3.5%`."""
    j = i + 1
    if j < len(tokens) and tokens[j] in lx.UNITS:
        j += 1
    for words in lx.MARGIN_WORDS:
        if tuple(tokens[j:j + len(words)]) == words:
            k = j + len(words)
            margin = parse_number(tokens[k], language) if k < len(tokens) and _IS_NUMBER.match(tokens[k]) else None
            if margin is not None and margin < value:
                return (value - margin, value + margin), k
    return None


def _is_year(tok: str) -> bool:
    return len(tok) == 4 and tok.isdigit() and 1900 <= int(tok) <= 2100


def claim_key(
    text: str, *, language: str | None, speaker: str | None = None, stem: bool = False,
    speaker_mention: str | None = None, stance: str | None = None,
) -> ClaimKey:
    """Build the ClaimKey of a claim text. `language` is "id", "en" or None (unknown).
    `stance` "deny": the speaker denied what the text says (`Nurhadi membantah adanya
    kebocoran` stores `adanya kebocoran`), so the claim is negated as `tidak ada kebocoran` is."""
    nfkc = unicodedata.normalize("NFKC", text)
    folded = nfkc.casefold()
    dates: set[str] = set()
    # Dates and clock times written with digits are read from the raw text, then blanked so
    # their digits do not count as quantities.
    for m in _DAY_MONTH.finditer(folded):
        day, month = int(m.group(1)), int(m.group(2))
        if 1 <= day <= 31 and 1 <= month <= 12:
            dates.add(f"dm:{day}-{month}")
            if m.group(3):
                year = int(m.group(3))
                dates.add(f"y:{year + 2000 if year < 100 else year}")
    for m in _CLOCK.finditer(folded):
        dates.add(_clock_time(m))
    unnamed = _IDENTIFIER.sub(" ", nfkc).casefold() if _IDENTIFIER.search(nfkc) else folded
    unnamed = _CONVERSION.sub(" ", unnamed)
    blanked = _NUMBER_DASH.sub(r"\1 to ", _CLOCK.sub(" ", _DAY_MONTH.sub(" ", unnamed)))
    # `30%` and `US$15,000` state their unit with a sign, as `30 persen` and `15.000 dolar` do in words
    blanked = _DOLLAR.sub(" usd ", _PERCENT.sub(" pct ", blanked)).replace("±", " plus minus ").replace("+/-", " plus minus ")
    blanked = _DAYS_OF_HOURS.sub(lambda m: f"{m.group(1)} hari {int(m.group(1)) * 24} jam", blanked)

    tokens = tokenize(text, language)
    if stem and language == "id":
        tokens = [stem_id(t) for t in tokens]
    quantity_tokens = tokenize(blanked, language) if blanked != folded else tokens

    numbers: set[str] = set()
    approximate: set[str] = set()
    quantities: set[tuple[float, str, str]] = set()
    n = len(quantity_tokens)
    skipped = _previous_values(quantity_tokens)
    for i, tok in enumerate(quantity_tokens):
        if i in skipped:
            continue
        prev = quantity_tokens[i - 1] if i else ""
        nxt = quantity_tokens[i + 1] if i + 1 < n else ""
        if tok in lx.WEEKDAYS and (
            tok not in lx.AMBIGUOUS_DATE_WORDS or prev == "hari" or _IS_NUMBER.match(nxt) or nxt in lx.DAY_TIME_WORDS
        ):
            dates.add(f"wd:{lx.WEEKDAYS[tok]}")
            continue
        if tok in lx.MONTHS and (
            tok not in lx.AMBIGUOUS_DATE_WORDS or _IS_NUMBER.match(prev) or _IS_NUMBER.match(nxt)
        ):
            dates.add(f"m:{lx.MONTHS[tok]}")
            continue
        if tok in lx.RELATIVE_DAYS:
            dates.add(f"rel:{lx.RELATIVE_DAYS[tok]}")
            continue
        if not _IS_NUMBER.match(tok):
            continue
        if _is_year(tok) and nxt not in lx.UNITS:
            dates.add(f"y:{tok}")
            # "2000 tentara" is a count that reads like a year: as a number too, it still
            # conflicts with "3000 tentara". A subset never conflicts (scoring._conflict), so
            # a year read twice costs nothing when the other claim has the same year or none.
            if prev not in lx.YEAR_MARKERS and prev not in lx.MONTHS:
                numbers.add(format_number(int(tok)))
            continue
        month_next = nxt in lx.MONTHS and 1 <= (parse_number(tok, language) or 0) <= 31
        month_prev = prev in lx.MONTHS and 1 <= (parse_number(tok, language) or 0) <= 31
        if month_next or month_prev:
            month = lx.MONTHS[nxt if month_next else prev]
            dates.add(f"dm:{int(float(tok))}-{month}")
            continue
        value = parse_number(tok, language)
        if value is None:
            continue
        if (band := _band(quantity_tokens, i, value, language)) is not None:
            (low, value), last = band
            numbers.add(f"{format_number(low)}~{format_number(value)}")
            skipped.add(last)
            nxt = quantity_tokens[last + 1] if last + 1 < n else ""
        elif (upper := _range_end(quantity_tokens, i, language)) is not None:
            (end, last) = upper
            numbers.add(f"{format_number(value)}~{format_number(end)}")
            skipped.add(last)
            value, nxt = end, (quantity_tokens[last + 1] if last + 1 < n else "")
        else:
            numbers.add(format_number(value))
            if any(t in lx.APPROXIMATORS for t in quantity_tokens[max(0, i - 2):i]):
                approximate.add(format_number(value))
        if nxt in lx.UNITS:
            dim, unit, _factor = lx.UNITS[nxt]
            quantities.add((value, dim, unit))
    # "Rp 5 juta": the currency comes first.
    for i, tok in enumerate(quantity_tokens[:-1]):
        if tok in _CURRENCY_SIGNS and _IS_NUMBER.match(quantity_tokens[i + 1]):
            value = parse_number(quantity_tokens[i + 1], language)
            if value is not None:
                quantities.add((value, "money", lx.UNITS[tok][1]))

    neg = lx.negations(language)
    stops = lx.stopwords(language)
    read = _without_attributive_verdicts(_without_set_phrases(
        tokenize(_NOT_NEGATING.sub(" ", text), language) if _NOT_NEGATING.search(text) else tokens), language, stops)
    negated = any(t in neg for t in read)
    negated_words = _negated_words(read, neg, stops)
    if stance == "deny" and not negated:
        # (a denial of a negated text, `denied that it had not paid`, keeps the text's reading)
        negated, negated_words = True, frozenset({NEGATED_UNKNOWN})
    content = frozenset(
        t for t in tokens if t not in stops and (len(t) >= 3 or _IS_NUMBER.match(t))
    )
    return ClaimKey(
        text=" ".join(tokens),
        tokens=tuple(tokens),
        language=language,
        speaker=speaker or None,
        speaker_forms=speaker_key(speaker),
        numbers=frozenset(numbers),
        quantities=frozenset(quantities),
        negated=negated,
        negated_words=negated_words,
        dates=frozenset(dates),
        content=content,
        names=_names(text, language),
        speaker_context=speaker_context(speaker_mention, speaker),
        approximate=frozenset(approximate),
    )
