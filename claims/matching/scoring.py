"""Pairwise claim comparison: score, decision and a JSON-serialisable explanation. No Django.

The score combines rapidfuzz scorers on the normalised texts:

    score = max(ratio, token_sort_ratio,
                token_set_ratio * set_guard(length_ratio),
                partial_ratio * partial_guard(shorter_tokens))

`token_set_ratio` alone gives 100 to any subset and `partial_ratio` to any substring, so both are
scaled down when one claim is much shorter (the subset trap). The decision then applies the
speaker check and the safeguards (number, negation, date, name, unit, and the fragment rule: see
`fragment_check`), which can only lower it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process

from . import thresholds as th
from .entities import canonical_names
from .glossary import negation_met, translated_overlap
from .keys import NEGATED_UNKNOWN, ClaimKey
from .lexicons import GENERIC_NAME_WORDS
from .normalise import format_number, is_description, speaks_for, speaker_words

MATCH = "match"
SUGGEST = "suggest"
NONE = "none"

SPEAKER_SAME = "same"
SPEAKER_UNKNOWN = "unknown"
SPEAKER_DIFFERENT = "different"


@dataclass(frozen=True)
class MatchResult:
    score: float  # 0-100
    decision: str  # MATCH | SUGGEST | NONE
    explanation: dict[str, Any] = field(default_factory=dict)  # JSON-serialisable

    def as_dict(self) -> dict[str, Any]:
        return {"score": self.score, "decision": self.decision, "explanation": self.explanation}


def set_guard(length_ratio):
    """Weight of token_set_ratio given shorter/longer token counts (float or numpy array)."""
    return np.minimum(1.0, th.SET_GUARD_BASE + th.SET_GUARD_SLOPE * length_ratio)


def partial_guard(shorter_tokens):
    """Weight of partial_ratio given the shorter claim's token count (float or numpy array)."""
    return np.minimum(1.0, th.PARTIAL_GUARD_BASE + th.PARTIAL_GUARD_PER_TOKEN * shorter_tokens)


def combine(ratio, token_sort, token_set, partial, len_a, len_b):
    """The combined score from the four scorers and the token counts; works on numpy arrays."""
    shorter = np.minimum(len_a, len_b)
    longer = np.maximum(np.maximum(len_a, len_b), 1)
    length_ratio = shorter / longer
    return np.maximum.reduce([
        np.asarray(ratio, dtype=float),
        np.asarray(token_sort, dtype=float),
        token_set * set_guard(length_ratio),
        partial * partial_guard(shorter),
    ])


# score_many computes partial_ratio (by far the slowest scorer) only where the three others
# leave the pair between these bounds: at or above AUTO_MATCH it cannot change the decision, and
# below 50 a contiguous quote is impossible (a quote is a token subset, so token_set_ratio is 100
# and the set-guarded score is already >= 100 * SET_GUARD_BASE = 50).
_PARTIAL_FLOOR = 100.0 * th.SET_GUARD_BASE


def score_many(key: ClaimKey, others: Sequence[ClaimKey], *, workers: int = 1) -> np.ndarray:
    """Combined scores of `key` against each of `others` (no safeguards), vectorised.

    Equal to `compare(key, o).score` (up to float32 rounding) except where partial_ratio was
    skipped (see _PARTIAL_FLOOR), which never changes the match/suggest/none decision.
    """
    if not others:
        return np.zeros(0)
    choices = [o.text for o in others]
    if len(choices) < _CDIST_FROM:
        return _score_few(key, others, choices)
    q = [key.text]
    kw = {"processor": None, "workers": workers, "dtype": np.float32}
    r = process.cdist(q, choices, scorer=fuzz.ratio, **kw)[0]
    ts = process.cdist(q, choices, scorer=fuzz.token_sort_ratio, **kw)[0]
    tset = process.cdist(q, choices, scorer=fuzz.token_set_ratio, **kw)[0]
    len_b = np.fromiter((len(o.tokens) for o in others), dtype=float, count=len(others))
    len_a = float(len(key.tokens))
    partial = np.zeros(len(others), dtype=np.float32)
    without = combine(r, ts, tset, partial, len_a, len_b)
    chars_b = np.fromiter((len(c) for c in choices), dtype=float, count=len(choices))
    chars_a = float(len(key.text))
    quotes = np.minimum(chars_a, chars_b) <= th.PARTIAL_MAX_LENGTH_RATIO * np.maximum(
        np.maximum(chars_a, chars_b), 1.0)
    todo = np.nonzero((without >= _PARTIAL_FLOOR) & (without < th.AUTO_MATCH) & quotes)[0]
    if len(todo):
        partial[todo] = process.cdist(
            q, [choices[i] for i in todo], scorer=fuzz.partial_ratio, **kw)[0]
        return combine(r, ts, tset, partial, len_a, len_b)
    return without


# cdist has a fixed cost per call (argument conversion, result array) that dominates for the
# 20-50 candidates of one blocked lookup; below this many choices plain calls are faster.
_CDIST_FROM = 200


def _quote_lengths(len_a: int, len_b: int) -> bool:
    """Whether one text is short enough against the other to be a partial quote of it."""
    return min(len_a, len_b) <= th.PARTIAL_MAX_LENGTH_RATIO * max(len_a, len_b, 1)


def _score_few(key: ClaimKey, others: Sequence[ClaimKey], choices: list[str]) -> np.ndarray:
    a = key.text
    len_a = float(len(key.tokens))
    out = np.empty(len(choices))
    for n, (b, other) in enumerate(zip(choices, others, strict=True)):
        len_b = float(len(other.tokens))
        best = max(fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b))
        shorter, longer = min(len_a, len_b), max(len_a, len_b, 1.0)
        best = max(best, fuzz.token_set_ratio(a, b) * min(
            1.0, th.SET_GUARD_BASE + th.SET_GUARD_SLOPE * shorter / longer))
        if _PARTIAL_FLOOR <= best < th.AUTO_MATCH and _quote_lengths(len(a), len(b)):
            best = max(best, fuzz.partial_ratio(a, b) * min(
                1.0, th.PARTIAL_GUARD_BASE + th.PARTIAL_GUARD_PER_TOKEN * shorter))
        out[n] = best
    return out


def speaker_check(a: ClaimKey, b: ClaimKey) -> str:
    """same | unknown | different. Unknown speakers are compatible with any speaker, and so are
    descriptions (`normalise.is_description`: `the official`), a person and the body the mention
    says they speak for (`normalise.speaks_for`), and a name whose words run inside the other's
    (`Peskov` / `Dmitry Peskov`, `Tauhid Ahmad` / `Indef Tauhid Ahmad`) or that leaves out a middle
    name (`Agustinus Lamanepa` / `Agustinus Boli Lamanepa`): an outlet that gives less of the name
    may mean the same person, or not."""
    if not a.speaker_forms or not b.speaker_forms:
        return SPEAKER_UNKNOWN
    if a.speaker_forms & b.speaker_forms:
        return SPEAKER_SAME
    if is_description(a.speaker) or is_description(b.speaker):
        # `the official`, `a police spokesman`: the official of one outlet is often the
        # spokeswoman another outlet names
        return SPEAKER_UNKNOWN
    if speaks_for(a.speaker_context, b.speaker) or speaks_for(b.speaker_context, a.speaker):
        # `Transportation Ministry spokesman Hendra Wibisono` and `the Transportation Ministry`:
        # a spokesperson's words are the body's
        return SPEAKER_UNKNOWN
    wa, wb = speaker_words(a.speaker), speaker_words(b.speaker)
    short, long_ = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    n = len(short)
    if n and any(long_[i:i + n] == short for i in range(len(long_) - n + 1)):
        return SPEAKER_UNKNOWN
    if n >= 2 and short[0] == long_[0] and short[-1] == long_[-1]:
        return SPEAKER_UNKNOWN  # `Agustinus Lamanepa` / `Agustinus Boli Lamanepa`: a middle name left out
    return SPEAKER_DIFFERENT


def _conflict(x: frozenset, y: frozenset) -> bool:
    """Both sides state values and neither set contains the other (a partial quote that omits a
    number does not conflict; "1 juta" vs "3 juta" does)."""
    return bool(x) and bool(y) and not (x <= y or y <= x)


def _numbers_conflict(a: ClaimKey, b: ClaimKey) -> bool:
    """`_conflict` of the two claims' figures, where a figure one claim gives as a bound or an
    estimate (`more than 34 million`) agrees with the other's within APPROXIMATE_FIGURE
    (`34.2 million`)."""
    if not _conflict(a.numbers, b.numbers):
        return False
    if not (a.approximate or b.approximate):
        return True
    only_a, only_b = a.numbers - b.numbers, b.numbers - a.numbers
    agree = {(x, y) for x in only_a for y in only_b
             if (x in a.approximate or y in b.approximate)
             and _near(x, y, [v for v, approx in ((x, a.approximate), (y, b.approximate)) if v in approx])}
    return bool(only_a - {x for x, _ in agree}) and bool(only_b - {y for _, y in agree})


def _near(x: str, y: str, rounded: Sequence[str]) -> bool:
    """Whether `x` and `y` may be one figure, one of them (`rounded`) written as an estimate: within
    APPROXIMATE_FIGURE, and no further apart than the estimate's last written digit (`about 4,100`
    is 4,050-4,150 more or less, not the 3,850 of an updated count; `more than 34 million` may be
    34.2 million)."""
    try:
        fx, fy = float(x), float(y)
    except ValueError:  # a range (`4.7~5.5`)
        return False
    return abs(fx - fy) <= min(th.APPROXIMATE_FIGURE * max(abs(fx), abs(fy)), max(map(_rounded_to, rounded)))


def _rounded_to(figure: str) -> float:
    """The place of a figure's last non-zero digit: 100 for `4100`, a million for `34000000`,
    0.1 for `6.2`."""
    whole, _, decimals = figure.lstrip("-").partition(".")
    if decimals.rstrip("0"):
        return 10.0 ** -len(decimals.rstrip("0"))
    digits = whole.lstrip("0")
    return 10.0 ** (len(digits) - len(digits.rstrip("0"))) if digits else 1.0


def _negation_conflicts(negated: ClaimKey, plain: ClaimKey) -> bool:
    """Whether the negation of one claim may deny what the other says. Within one language, it
    does not when the negated word is not in the other claim (`harga tidak berubah dan tetap Rp
    10.000` / `harga tetap Rp 10.000`): the negation is about something the other does not say.
    Across languages the same holds once the negated word is glossed (`glossary.negation_met`),
    and it conflicts wherever the glosses cannot tell. An unknown scope (`hoaks`, `denied`, keys
    stored before the scope was kept) always conflicts."""
    words = negated.negated_words
    if words is None or NEGATED_UNKNOWN in words:
        return True
    if negated.language and plain.language and negated.language != plain.language:
        return negation_met(negated, plain) is not False
    return any(_same_word(w, t) for w in words for t in plain.tokens)


def _same_word(a: str, b: str) -> bool:
    """Equal, or of one stem by a long shared beginning (`shipping` / `shipped`, `mengirim` /
    `mengirimkan`): erring towards the same word keeps the safeguard."""
    n = len(os.path.commonprefix((a, b)))
    return a == b or (n >= 5 and n >= 0.6 * min(len(a), len(b)))


def _date_kinds(dates: frozenset[str]) -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for d in dates:
        kind, _, value = d.partition(":")
        kinds.setdefault(kind, set()).add(value)
        if kind == "dm":  # "18/6" also says "June"
            kinds.setdefault("m", set()).add(value.split("-")[1])
    return {k: frozenset(v) for k, v in kinds.items()}


def safeguards(a: ClaimKey, b: ClaimKey) -> tuple[list[str], dict[str, Any]]:
    """Names of the safeguards that fire (each forbids an automatic match) and their details."""
    fired: list[str] = []
    details: dict[str, Any] = {}
    if _numbers_conflict(a, b):
        fired.append("number_mismatch")
        details["numbers"] = {"a": sorted(a.numbers), "b": sorted(b.numbers)}
    if a.negated != b.negated and _negation_conflicts(a if a.negated else b, b if a.negated else a):
        fired.append("negation_mismatch")
        details["negated"] = {"a": a.negated, "b": b.negated}
    da, db = _date_kinds(a.dates), _date_kinds(b.dates)
    differing = sorted(k for k in da.keys() & db.keys() if _conflict(da[k], db[k]))
    if differing:
        fired.append("date_mismatch")
        details["dates"] = {"a": sorted(a.dates), "b": sorted(b.dates), "kinds": differing}
    # `Pyongyang` and `Korea Utara` name one country (entities.canonical_names). Either view
    # may show that one claim names less than the other: `the North` is inside `North Korea`.
    names_a, names_b = canonical_names(a.names), canonical_names(b.names)
    if _conflict(a.names, b.names) and _conflict(names_a, names_b):
        fired.append("name_mismatch")
        details["names"] = {
            "a_only": sorted(names_a - names_b), "b_only": sorted(names_b - names_a),
        }
    units_a = {(dim, unit) for _v, dim, unit in a.quantities}
    units_b = {(dim, unit) for _v, dim, unit in b.quantities}
    dims = {d for d, _ in units_a} & {d for d, _ in units_b}
    # (`Rp371,5 triliun` / `371.5 trillion rupiah ($22.35 billion)`: a conversion added beside
    # the figure is no other unit; `900 km` / `550 miles` is)
    mismatched = sorted(d for d in dims if _conflict(frozenset(u for dd, u in units_a if dd == d),
                                                     frozenset(u for dd, u in units_b if dd == d)))
    if mismatched:
        fired.append("unit_mismatch")
        details["units"] = {
            "a": sorted(f"{v:g} {u}" for v, _d, u in a.quantities),
            "b": sorted(f"{v:g} {u}" for v, _d, u in b.quantities),
            "dimensions": mismatched,
        }
    return fired, details


FRAGMENT = "fragment_without_shared_name"
_GENERIC_NAMES = frozenset().union(*GENERIC_NAME_WORDS.values())


def _distinctive_names(key: ClaimKey) -> frozenset[str]:
    return canonical_names(key.names) - _GENERIC_NAMES


def fragment_check(
    a: ClaimKey, b: ClaimKey, score: float, *, ratio: float | None = None,
    token_sort: float | None = None, partial: float | None = None,
) -> dict[str, Any] | None:
    """The fragment rule: the details when it fires, else None. It fires when all of

    - the combined score reaches AUTO_MATCH only through token_set_ratio or partial_ratio (ratio
      and token_sort_ratio are both below it): one text is a piece of the other, or shares a run
      of words with it;
    - the shorter text is not a verbatim quote of the longer (partial_ratio below
      FRAGMENT_VERBATIM): a word inside the shared run differs or is missing;
    - a name (`ClaimKey.names` minus lexicons.GENERIC_NAME_WORDS) occurs in one claim and the
      two share none;
    - the speaker of one of them is unknown (the same known speaker ties the two claims;
      different speakers already cap the pair at 'suggest').

    Such a pair is a fragment that lost its names (a partial quote without its place or person)
    against another claim with the same stock phrases: nothing ties it to that claim rather
    than to the many others with the same phrases (measured in docs/benchmarks.md,
    "Reconciliation at scale"). A verbatim partial quote ("the first half of the quote, cut by
    one outlet") still matches, as does a fragment that keeps a name of the claim, one by the
    same speaker, or any pair of claims without names. The scores are computed here when not
    given (the fast path has only the combined score); cheap checks come first, as most pairs
    share a name.
    """
    if score < th.AUTO_MATCH or speaker_check(a, b) != SPEAKER_UNKNOWN:
        return None
    na, nb = _distinctive_names(a), _distinctive_names(b)
    if (na & nb) or not (na or nb):
        return None
    if ratio is None:
        ratio = fuzz.ratio(a.text, b.text)
    if token_sort is None:
        token_sort = fuzz.token_sort_ratio(a.text, b.text)
    direct = max(ratio, token_sort)
    if direct >= th.AUTO_MATCH:
        return None
    if partial is None:
        partial = fuzz.partial_ratio(a.text, b.text)
    if partial >= th.FRAGMENT_VERBATIM:
        return None
    return {
        "reason": "only the partial/subset scorers reach the match threshold, the shorter text "
                  "is not a verbatim quote of the longer, the claims share no name and a speaker "
                  "is unknown",
        "direct_score": round(direct, 2),
        "partial_ratio": round(partial, 2),
        "names": {"a": sorted(na), "b": sorted(nb)},
    }


def plain_overlap(a: ClaimKey, b: ClaimKey) -> float:
    """Share of the content words other than names that the claim with fewer of them has in
    common with the other. Other claims of one story share the story's names (`Russian President
    Vladimir Putin`, `North Korea`); a rewording of one claim shares its other words too
    (`lebih dari 1 juta peluru artileri`)."""
    plain_a, plain_b = a.content - a.names, b.content - b.names
    fewer = min(len(plain_a), len(plain_b))
    return len(plain_a & plain_b) / fewer if fewer else 0.0


def shared_figures(a: ClaimKey, b: ClaimKey) -> list[str]:
    """The figures both claims state, years aside (`10295`, `1000000`), with the same unit or none
    on both sides: language-free (`claim_key` reads `satu juta` and `one million` alike), and a
    figure belongs to a claim far more than a name does: every claim of one story names its
    places and people."""
    return sorted(f for f in (a.numbers & b.numbers) - _years(a, b) if _units_of(a, f) == _units_of(b, f))


def figure_share(a: ClaimKey, b: ClaimKey, shared: Sequence[str] | None = None) -> float | None:
    """The share of the figures either claim states (years aside) that both state, None when
    neither states one. `KPK menetapkan lima tersangka` shares its one figure with `The five
    suspects will be detained for 20 days, from September 11 to 30`, which is about the 20 days."""
    union = (a.numbers | b.numbers) - _years(a, b)
    if not union:
        return None
    return len(shared_figures(a, b) if shared is None else shared) / len(union)


def _years(a: ClaimKey, b: ClaimKey) -> set[str]:
    """The years either claim states, which are dates, not figures."""
    return {d[2:] for d in a.dates | b.dates if d.startswith("y:")}


def _units_of(key: ClaimKey, figure: str) -> frozenset[str]:
    """The units a claim writes after a figure: `7` of `tujuh desa` (none) is not `7` of `7 km`."""
    return frozenset(unit for value, _dim, unit in key.quantities if format_number(value) == figure)


def shared_rare_tokens(
    a: ClaimKey, b: ClaimKey, doc_freq: Mapping[str, int] | Callable[[str], int] | None = None,
    limit: int = 10,
) -> list[str]:
    """Content tokens both claims use, rarest first (by `doc_freq` when given, else longest)."""
    shared = a.content & b.content
    if doc_freq is None:
        return sorted(shared, key=lambda t: (-len(t), t))[:limit]
    df = doc_freq if callable(doc_freq) else (lambda t: doc_freq.get(t, 0))
    return sorted(shared, key=lambda t: (df(t), t))[:limit]


def decide_pair(a: ClaimKey, b: ClaimKey, score: float) -> str:
    """The decision for a pair whose combined score is already known (no explanation built):
    the fast path of clustering. Same result as `compare(a, b).decision`."""
    if score < th.SUGGEST:
        return NONE
    if score < th.AUTO_MATCH:
        return SUGGEST
    speaker = speaker_check(a, b)
    if speaker == SPEAKER_DIFFERENT:
        return SUGGEST
    fired, _ = safeguards(a, b)
    if not fired and fragment_check(a, b, score) is not None:
        fired.append(FRAGMENT)
    return decide(score, speaker, fired)


def decide(score: float, speaker: str, fired: Sequence[str]) -> str:
    if score >= th.AUTO_MATCH and speaker != SPEAKER_DIFFERENT and not fired:
        return MATCH
    if score >= th.SUGGEST:
        return SUGGEST
    return NONE


def compare_score(a: ClaimKey, b: ClaimKey) -> float:
    """`compare(a, b).score`, bit for bit, without building the explanation: the screening step
    of online matching, which explains only the candidates it returns.

    compare runs partial_ratio, the slowest scorer, on every pair for its explanation; the score
    uses it only where the lengths allow a quote, and there only when it can beat the other
    three, so it runs only there, with a cut-off just under the value it has to beat (a result
    under the cut-off leaves the maximum to another scorer, as in compare). The arithmetic is
    `combine`'s in plain floats: the same operations in the same order give the same bits, and
    numpy costs microseconds per call on scalars.
    """
    r = fuzz.ratio(a.text, b.text)
    ts = fuzz.token_sort_ratio(a.text, b.text)
    tset = fuzz.token_set_ratio(a.text, b.text)
    la, lb = float(len(a.tokens)), float(len(b.tokens))
    shorter, longer = min(la, lb), max(max(la, lb), 1.0)
    best = max(r, ts, tset * min(1.0, th.SET_GUARD_BASE + th.SET_GUARD_SLOPE * (shorter / longer)))
    if _quote_lengths(len(a.text), len(b.text)):
        guard = min(1.0, th.PARTIAL_GUARD_BASE + th.PARTIAL_GUARD_PER_TOKEN * shorter)
        p = fuzz.partial_ratio(a.text, b.text, score_cutoff=max(0.0, best / guard - 1e-6))
        best = max(best, p * guard)
    return round(best, 2)


def compare(
    a: ClaimKey, b: ClaimKey, *,
    doc_freq: Mapping[str, int] | Callable[[str], int] | None = None,
) -> MatchResult:
    """Compare two claims. Different known speakers cap the decision at 'suggest' (aliases are
    resolved upstream but not perfectly: in the gold corpus the same claim is attributed to
    "Yoo Sang-bum" in one outlet and to his agency in another), as does any safeguard."""
    r = fuzz.ratio(a.text, b.text)
    ts = fuzz.token_sort_ratio(a.text, b.text)
    tset = fuzz.token_set_ratio(a.text, b.text)
    p = fuzz.partial_ratio(a.text, b.text)
    la, lb = len(a.tokens), len(b.tokens)
    p_used = p if _quote_lengths(len(a.text), len(b.text)) else 0.0
    score = round(float(combine(r, ts, tset, p_used, float(la), float(lb))), 2)
    speaker = speaker_check(a, b)
    fired, details = safeguards(a, b)
    fragment = fragment_check(a, b, score, ratio=r, token_sort=ts, partial=p)
    if fragment is not None:
        fired.append(FRAGMENT)
        details["fragment"] = fragment
    decision = decide(score, speaker, fired)
    explanation: dict[str, Any] = {
        "scores": {
            "ratio": round(r, 2),
            "token_sort_ratio": round(ts, 2),
            "token_set_ratio": round(tset, 2),
            "partial_ratio": round(p, 2),
            "length_ratio": round(min(la, lb) / max(la, lb, 1), 3),
            "set_guard": round(float(set_guard(min(la, lb) / max(la, lb, 1))), 3),
            "partial_guard": round(float(partial_guard(float(min(la, lb)))), 3),
            "combined": score,
        },
        "shared_rare_tokens": shared_rare_tokens(a, b, doc_freq),
        "plain_overlap": round(plain_overlap(a, b), 3),
        "shared_figures": (figures := shared_figures(a, b)),
        "figure_share": None if (share := figure_share(a, b, figures)) is None else round(share, 3),
        **({} if (glossed := translated_overlap(a, b)) is None else {"translated_overlap": round(glossed, 3)}),
        "speaker": {"result": speaker, "a": a.speaker, "b": b.speaker},
        "safeguards": fired,
        "safeguard_details": details,
        "thresholds": {"auto_match": th.AUTO_MATCH, "suggest": th.SUGGEST},
        "languages": [a.language, b.language],
    }
    return MatchResult(score=score, decision=decision, explanation=explanation)


# Batch size of score_pairs: enough work per rapidfuzz call to amortise it, small enough that the
# temporary arrays stay a few MB.
_PAIR_BATCH = 100_000


def sorted_text(text: str) -> str:
    """The text with its words sorted: fuzz.ratio of two of these is fuzz.token_sort_ratio of
    the texts (what token_sort_ratio does on each call), at the cost of fuzz.ratio."""
    return " ".join(sorted(text.split()))


def score_pairs(
    texts_a: Sequence[str], texts_b: Sequence[str], tokens_a: np.ndarray, tokens_b: np.ndarray,
    *, sorted_a: Sequence[str] | None = None, sorted_b: Sequence[str] | None = None,
    workers: int = 1,
) -> np.ndarray:
    """Combined scores of the pairs (texts_a[i], texts_b[i]) (no safeguards), vectorised with
    rapidfuzz `process.cpdist`; tokens_* are the token counts, sorted_* the `sorted_text`s
    (computed here when not given). Where the score is at least
    SUGGEST it is bit-equal to `score_many(a, [b])` (same operations in the same order); below
    it the value is only known to be below SUGGEST (scorers below their cut-off return 0).

    The cut-offs are safe: every scorer enters the maximum with a weight <= 1, so one under
    SUGGEST cannot lift a pair to SUGGEST; and partial_ratio is needed only where the best of
    the others is >= _PARTIAL_FLOOR, so those are cut at the floor, which keeps that test exact.
    """
    n = len(texts_a)
    out = np.zeros(n)
    for start in range(0, n, _PAIR_BATCH):
        stop = min(n, start + _PAIR_BATCH)
        a, b = texts_a[start:stop], texts_b[start:stop]
        kw = {"processor": None, "workers": workers, "dtype": np.float64,
              "score_cutoff": _PARTIAL_FLOOR}
        sa = sorted_a[start:stop] if sorted_a is not None else [sorted_text(t) for t in a]
        sb = sorted_b[start:stop] if sorted_b is not None else [sorted_text(t) for t in b]
        best = np.maximum(process.cpdist(a, b, scorer=fuzz.ratio, **kw),
                          process.cpdist(sa, sb, scorer=fuzz.ratio, **kw))
        len_a = np.asarray(tokens_a[start:stop], dtype=float)
        len_b = np.asarray(tokens_b[start:stop], dtype=float)
        shorter = np.minimum(len_a, len_b)
        longer = np.maximum(np.maximum(len_a, len_b), 1.0)
        tset = process.cpdist(a, b, scorer=fuzz.token_set_ratio, **kw)
        best = np.maximum(best, tset * np.minimum(
            1.0, th.SET_GUARD_BASE + th.SET_GUARD_SLOPE * shorter / longer))
        chars_a = np.fromiter(map(len, a), dtype=float, count=stop - start)
        chars_b = np.fromiter(map(len, b), dtype=float, count=stop - start)
        quotes = np.minimum(chars_a, chars_b) <= th.PARTIAL_MAX_LENGTH_RATIO * np.maximum(
            np.maximum(chars_a, chars_b), 1.0)
        todo = np.flatnonzero((best >= _PARTIAL_FLOOR) & (best < th.AUTO_MATCH) & quotes)
        if len(todo):
            kw["score_cutoff"] = th.SUGGEST
            partial = process.cpdist(
                [a[i] for i in todo], [b[i] for i in todo], scorer=fuzz.partial_ratio, **kw)
            best[todo] = np.maximum(best[todo], partial * np.minimum(
                1.0, th.PARTIAL_GUARD_BASE + th.PARTIAL_GUARD_PER_TOKEN * shorter[todo]))
        out[start:stop] = best
    return out
