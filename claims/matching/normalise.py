"""Text normalisation for claim matching. Pure Python: no Django.

`normalise(text, language)` gives the string every scorer compares: Unicode NFKC, casefolded,
quotation marks and punctuation gone, whitespace collapsed, digits kept and number words turned
into digits ("satu juta" and "one million" both become "1000000", "1,5 juta" becomes "1500000").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from claims.extraction import is_unnamed_carrier
from claims.extraction.gazetteer import LEGAL_FORMS, LOCATED_MODIFIER, seed_records

from . import lexicons as lx

# English contractions, before apostrophes go: "didn't" -> "did not", "won't" -> "will not".
_WONT = re.compile(r"\bwon['’]t\b")
_CANT = re.compile(r"\bcan['’]t\b|\bcannot\b")
_NT = re.compile(r"n['’]t\b")
# Possessive "'s" ("Kim's residence") drops, so it equals "Kim residence" / "kediaman Kim".
_POSSESSIVE = re.compile(r"['’]s\b")
# Apostrophes inside words join ("o'clock" -> "oclock"); every other mark separates.
_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")
# A code of letters and digits ("H5N1", "B737MAX"), a number with separators, or a word.
# Hyphens, slashes and colons separate: "Jong-un" is "jong un", "18/6" is "18 6". Letters exclude
# digits and "_" ([^\W\d_]). A code is a word: its digits are no figures ("H5N1" is not 5 and 1).
_TOKEN = re.compile(r"[^\W\d_]+\d+[^\W\d_][^\W_]*|\d+(?:[.,]\d+)*|%|[^\W\d_]+")
_IS_NUMBER = re.compile(r"\d+(?:[.,]\d+)*$")


def _prepare(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _WONT.sub("will not", text)
    text = _CANT.sub("can not", text)
    text = _NT.sub(" not", text)
    text = _POSSESSIVE.sub("", text)
    return _APOSTROPHE.sub("", text)


def parse_number(token: str, language: str | None) -> float | None:
    """Value of a digit token. Indonesian writes 1.000.000 and 1,5; English 1,000,000 and 1.5.

    A separator followed by exactly three digits in every group is a thousands separator in
    either language ("1.000" and "1,000" are both 1000); otherwise the language decides.
    """
    if not _IS_NUMBER.match(token):
        return None
    groups = re.split(r"[.,]", token)
    seps = set(re.findall(r"[.,]", token))
    if len(groups) == 1:
        return float(token)
    if len(seps) == 1 and all(len(g) == 3 for g in groups[1:]) and len(groups) > 2:
        return float("".join(groups))
    if len(seps) == 2:  # "1.234,5" (id) or "1,234.5" (en): the last separator is decimal
        dec = token[-1 - len(groups[-1])]
        whole = "".join(groups[:-1])
        return float(f"{whole}.{groups[-1]}") if dec in ".," else None
    decimal_mark = "," if language == "id" else "."
    sep = seps.pop()
    if len(groups) == 2 and len(groups[1]) == 3 and sep != decimal_mark:
        return float(groups[0] + groups[1])
    if len(groups) == 2:
        return float(f"{groups[0]}.{groups[1]}")
    return float("".join(groups))


def format_number(value: float) -> str:
    if value == int(value):
        return str(int(value))
    return f"{value:.6g}"


def _words_to_numbers(tokens: list[str], language: str | None) -> list[str]:
    """Replace number-word runs by their value: ["dari", "satu", "juta"] -> ["dari", "1000000"]."""
    langs = [language] if language in lx.NUMBER_UNITS else list(lx.NUMBER_UNITS)
    units: dict[str, int] = {}
    scales: dict[str, int] = {}
    se: dict[str, int] = {}
    hundred: set[str] = set()
    tens: set[str] = set()
    teens: set[str] = set()
    article: set[str] = set()
    joiners: set[str] = set()
    for lang in langs:
        units.update(lx.NUMBER_UNITS[lang])
        scales.update(lx.NUMBER_SCALES[lang])
        se.update(lx.NUMBER_SE_PREFIXED[lang])
        hundred |= lx.NUMBER_HUNDRED[lang]
        tens |= lx.NUMBER_TIMES_TEN[lang]
        teens |= lx.NUMBER_PLUS_TEN[lang]
        article |= lx.NUMBER_ARTICLE_ONE[lang]
        joiners |= lx.NUMBER_JOINERS[lang]

    def numeric(tok: str) -> bool:
        return (
            _IS_NUMBER.match(tok) is not None
            or tok in units or tok in se or tok in scales or tok in hundred
            or tok in tens or tok in teens
        )

    out: list[str] = []
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < n else ""
        starts = (
            _IS_NUMBER.match(tok) is not None or tok in units or tok in se
            or (tok in article and (nxt in scales or nxt in hundred))
        )
        if not starts:
            out.append(tok)
            i += 1
            continue
        total = 0.0
        group = 0.0
        last_small = 0.0
        last = ""  # kind of the previous element: digit | unit | tens | teen | hundred | scale
        j = i
        while j < n:
            t = tokens[j]
            after = tokens[j + 1] if j + 1 < n else ""
            if _IS_NUMBER.match(t):
                if last not in ("", "scale"):
                    break
                v = parse_number(t, language)
                if v is None:
                    break
                group += v
                last_small, last = v, "digit"
            elif t in units:
                v = float(units[t])
                # "twenty one": a unit after a round ten joins it; two units in a row do not.
                if last in ("digit", "unit", "teen") and not (
                    last == "unit" and last_small >= 20 and last_small % 10 == 0 and v < 10
                ):
                    break
                if last in ("tens",) and v >= 10:
                    break
                group += v
                last_small, last = v, "unit"
            elif t in tens and last in ("digit", "unit"):
                group += last_small * 9
                last_small, last = last_small * 10, "tens"
            elif t in teens and last in ("digit", "unit") and last_small < 10:
                group += 10
                last_small, last = last_small + 10, "teen"
            elif t in hundred and last in ("digit", "unit", "teen", "tens"):
                group = group - last_small + last_small * 100
                last_small, last = 0.0, "hundred"
            elif t in se and last in ("", "scale"):
                v = float(se[t])
                if v >= 1000:
                    total += v
                    group, last = 0.0, "scale"
                else:
                    group += v
                    last_small, last = 0.0, "hundred"
            elif t in scales and last in ("digit", "unit", "teen", "tens", "hundred"):
                total += group * scales[t]
                group, last_small, last = 0.0, 0.0, "scale"
            elif t in article and last == "" and (after in scales or after in hundred):
                group, last_small, last = 1.0, 1.0, "unit"
            elif t in joiners and last in ("hundred", "scale") and numeric(after):
                pass
            else:
                break
            j += 1
        if j == i:  # nothing consumed (cannot happen with `starts`, kept for safety)
            out.append(tok)
            i += 1
            continue
        out.append(format_number(total + group))
        i = j
    return out


def tokenize(text: str, language: str | None) -> list[str]:
    """Normalised tokens of `text`: the words of `normalise(text, language)`. Number words are
    read within a list item: `Rp320 juta, satu unit printer` is 320 million and one, not 320,000,001."""
    prepared = _prepare(text)
    if ", " not in prepared:
        return _words_to_numbers(_TOKEN.findall(prepared), language)
    return [tok for part in prepared.split(", ") for tok in _words_to_numbers(_TOKEN.findall(part), language)]


def normalise(text: str, language: str | None, *, stem: bool = False) -> str:
    """The matching form of a claim text. `stem` applies Indonesian stemming (needs PySastrawi);
    it is off by default because it did not raise grouping F1 on the gold corpus
    (see thresholds.py)."""
    tokens = tokenize(text, language)
    if stem and language == "id":
        tokens = [stem_id(t) for t in tokens]
    return " ".join(tokens)


@lru_cache(maxsize=200_000)
def stem_id(token: str) -> str:
    """Indonesian stem of one token (PySastrawi), or the token itself when it is not installed."""
    stemmer = _sastrawi()
    if stemmer is None or not token.isalpha():
        return token
    return stemmer.stem(token) or token


@lru_cache(maxsize=1)
def _sastrawi():  # pragma: no cover - optional dependency
    try:
        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
    except ImportError:
        return None
    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=8192)  # (the speaker check of every compared pair asks; names repeat)
def speaker_words(speaker: str | None) -> tuple[str, ...]:
    """The loose words of a single speaker's name, in order (`Dmitry Peskov` -> (dmitry, peskov));
    empty for none or for several speakers (`Malaysia; Singapore`)."""
    if not speaker or ";" in speaker:
        return ()
    return tuple(w for w in (_loose(part) for part in re.split(r"[\s-]+", speaker)) if w)


def speaker_context(mention: str | None, speaker: str | None) -> frozenset[str]:
    """The loose words of how a claim's speaker was written, besides the name itself:
    `Transportation Ministry spokesman Hendra Wibisono` -> {transportation, ministry, spokesman};
    `Helena Marsh, the WHO's representative` -> {the, who, s, representative}. What the speaker
    speaks for, when the mention says it (see `speaks_for`)."""
    if not mention:
        return frozenset()
    words = {_loose(w) for w in re.split(r"[\s\-’'(),.:;/]+", mention)}
    return frozenset(words - set(speaker_words(speaker)) - {""})


# Words of a body's name that do not identify it (`Ministry of Health`, `Badan ... dan ...`).
_NAME_LINKS = frozenset(("of", "the", "for", "and", "dan", "di", "de", "la", "le", "des"))
# A role that heads the body named after it: `Health Minister X` speaks for `Ministry of Health`.
_HEADED_BODIES = {"minister": "ministry", "menteri": "kementerian"}
# Where a company sits, which a spokesperson's mention leaves out (`Singapore-based Grab Holdings`).
_BASED_MODIFIER_RE = re.compile(rf"\b{LOCATED_MODIFIER}\b", re.IGNORECASE)


def speaks_for(context: frozenset[str], body: str | None) -> bool:
    """Whether a person written with `context` (`speaker_context`) speaks for the body named
    `body`: every word of the body's name is in the mention (`Transportation Ministry spokesman
    X` for `Transportation Ministry`), or its initials are (`the WHO's representative` for
    `World Health Organization`), or every word of one of the names the seed gazetteer knows
    the body by. A qualifier in brackets is not needed (`Ministry of Health (Indonesia)`)."""
    if not context or not body or ";" in body:
        return False
    context = context | {_HEADED_BODIES[w] for w in context & _HEADED_BODIES.keys()}
    words, initials = _body_words(body)
    if words and (all(w in context for w in words) or initials in context):
        return True
    # the body as the gazetteer also knows it: `Juru bicara Kementerian Perhubungan X` speaks for
    # `Ministry of Transportation (Indonesia)`, `Kepala BPS X` for `Statistics Indonesia`
    return any(all(w in context for w in alias) for alias in _known_aliases().get(body.casefold(), ()))


@lru_cache(maxsize=1)
def _known_aliases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Canonical name (case-folded) of each organisation of the seed gazetteer -> the loose words
    of each of its aliases, linking words left out."""
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for rec in seed_records():
        if rec.get("kind") != "organisation":
            continue
        aliases = {tuple(w for w in speaker_words(a) if w not in _NAME_LINKS) for a in (rec["name"], *rec.get("aliases", ()))}
        out[rec["name"].casefold()] = tuple(a for a in aliases if a)
    return out


@lru_cache(maxsize=65536)
def _body_words(body: str) -> tuple[tuple[str, ...], str]:
    """The words naming a body (no bracketed qualifier, linking word or legal form) and their initials
    (empty below two words)."""
    body = _BASED_MODIFIER_RE.sub(" ", re.sub(r"\([^)]*\)", " ", body))
    words = tuple(w for w in speaker_words(body) if w not in _NAME_LINKS and w not in LEGAL_FORMS)
    return words, ("".join(w[0] for w in words) if len(words) >= 2 else "\x00")


def _loose(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isalnum()).casefold()


def speaker_key(speaker: str | None) -> frozenset[str]:
    """Loose forms of a canonical speaker name: accents, case, spaces and hyphens ignored, so
    "Shin Won-sik" and "Shin Wonsik" are equal. Several speakers ("Malaysia; Singapore") give
    several forms. Unknown speakers give the empty set, and so do the posts and videos a claim
    is filed under (`a post`, `sebuah video`): one outlet's `a post` may be another's `video`."""
    if not speaker or is_unnamed_carrier(speaker):
        return frozenset()
    return frozenset(loose for loose in (_loose(part) for part in speaker.split(";")) if loose)


@lru_cache(maxsize=65536)
def is_description(speaker: str | None) -> bool:
    """A speaker written as a common noun phrase, which says what kind of source spoke, not
    which one: its head, the last word, is in lower case (`The official`, `a police spokesman`,
    `South Korean intelligence`, `majelis hakim`, `Pihak perusahaan`). A name's head is
    capitalised (`Disaster Management Agency`, `Korea Selatan`, `BMKG`)."""
    words = (speaker or "").split()
    return bool(words) and words[-1][:1].islower()
