"""Word-for-word glosses across languages, for the meaning tier's corroboration. Pure Python.

A translation scores a cosine a little below the bar as often as another claim of the same story
does (multilingual-e5-small: translations 0.82-0.90, the story's other claims 0.80-0.88). What
tells them apart is that a translation says the same things: its words, glossed into the other
language, are the other claim's words (`longsor dipicu oleh penebangan liar` / `illegal logging
had caused the landslide`: landslide, trigger/cause, logging, illegal). `translated_overlap`
measures that share on the words besides names (names are compared by the other safeguards).

The word lists are data: `seeds/lexicons/<from>-<to>.json`, `{stem: [lemmas]}`, keyed by the
source language's stem (Indonesian: PySastrawi's root, as `normalise.stem_id` gives it). A
language pair without a file has no gloss, and the rule that reads it never fires.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from .keys import NEGATED_UNKNOWN, ClaimKey
from .lexicons import NEGATED_ADVERBS
from .normalise import stem_id

LEXICON_DIR = Path(__file__).resolve().parents[2] / "seeds" / "lexicons"
_STEMMERS = {"id": stem_id}  # the source side: the lexicon's keys are stems


@lru_cache(maxsize=8)
def _lexicon(source: str, target: str) -> dict[str, frozenset[str]] | None:
    path = LEXICON_DIR / f"{source}-{target}.json"
    if not path.exists():
        return None
    with open(path, encoding="utf-8") as fh:
        raw = json.load(fh)
    lemma = _LEMMAS.get(target, str)
    return {stem: frozenset(lemma(w) for gloss in glosses for w in gloss.split() if len(w) >= 3)
            for stem, glosses in raw.items()}


# Past forms that the suffix rules below cannot bring to their lemma (`sent` / `send`).
_IRREGULAR = {
    "sent": "send", "sold": "sell", "gave": "give", "given": "give", "took": "take", "taken": "take",
    "made": "make", "paid": "pay", "found": "find", "left": "leave", "brought": "bring", "bought": "buy",
    "fell": "fall", "fallen": "fall", "rose": "rise", "risen": "rise", "shot": "shoot", "began": "begin",
    "begun": "begin", "lost": "lose", "held": "hold", "met": "meet", "ran": "run",
    "came": "come", "went": "go", "gone": "go", "saw": "see", "seen": "see", "knew": "know", "known": "know",
    "spent": "spend", "built": "build", "stood": "stand", "kept": "keep", "fled": "flee", "struck": "strike",
    "drew": "draw", "drawn": "draw", "froze": "freeze", "frozen": "freeze", "burnt": "burn", "hid": "hide",
    "hidden": "hide", "chose": "choose", "chosen": "choose", "broke": "break", "broken": "break",
    "sank": "sink", "sunk": "sink", "led": "lead", "fed": "feed", "meant": "mean", "felt": "feel",
    "caught": "catch", "taught": "teach", "thought": "think", "sought": "seek", "fought": "fight",
    "wrote": "write", "written": "write", "spoke": "speak", "spoken": "speak", "threw": "throw",
    "died": "die", "lied": "lie", "tied": "tie",
}


@lru_cache(maxsize=65_536)  # called for every word of every pair the meaning tier judges
def en_stem(word: str) -> str:
    """A light English stem, enough to meet a lemma: `injured` / `injure`, `buried` / `bury`,
    `houses` / `house`, `stopped` / `stop` (the first step of Porter's, roughly)."""
    w = word.lower()
    w = _IRREGULAR.get(w, w)
    if w.endswith(("ies", "ied")) and len(w) > 4:
        w = w[:-3] + "i"
    elif w.endswith("ing") and len(w) > 5:
        w = w[:-3]
    elif w.endswith("ed") and len(w) > 4:
        w = w[:-2]
    elif w.endswith("es") and len(w) > 4:
        w = w[:-2]
    elif w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
        w = w[:-1]  # `stopp` of `stopped`
    if len(w) > 3 and w.endswith("y"):
        w = w[:-1] + "i"
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


_LEMMAS = {"en": en_stem}  # the target side: glosses are lemmas, claims inflect


@lru_cache(maxsize=65_536)
def _gloss(word: str, source: str, target: str) -> frozenset[str] | None:
    lexicon = _lexicon(source, target)
    if lexicon is None:
        return None
    stem = _STEMMERS.get(source, lambda w: w)(word)
    return lexicon.get(stem) or lexicon.get(word)


def translated_overlap(a: ClaimKey, b: ClaimKey) -> float | None:
    """Share of the words besides names that two claims of different languages have in common
    once one side is glossed into the other's language: of the claim with fewer such words, the
    words met on the other side. None when the pair is of one language, a language is unknown,
    or no word list joins the two."""
    if not a.language or not b.language or a.language == b.language:
        return None
    for src, tgt in ((a, b), (b, a)):
        if _lexicon(src.language, tgt.language) is None:
            continue
        lemma = _LEMMAS.get(tgt.language, str)
        target_words = {lemma(w) for w in tgt.content - tgt.names}
        # (a word without a gloss that the other claim writes the same is a loanword met there:
        # `pneumonia akut` / `acute pneumonia`, `server`, `data`)
        glossed = [g for w in src.content - src.names
                   if (g := _gloss(w, src.language, tgt.language) or (
                       w not in src.tokens[:1] and w not in tgt.tokens[:1] and _loanword(w, lemma, target_words)))]
        fewer = min(len(glossed), len(target_words))
        if not fewer:
            return 0.0
        met_source = sum(1 for g in glossed if g & target_words)
        met_target = sum(1 for w in target_words if any(w in g for g in glossed))
        return min(met_source, met_target) / fewer
    return None


def _loanword(word: str, lemma, target_words: set[str]) -> frozenset[str]:
    """The word itself when the other claim writes it alike and it is a word, not a figure
    (`pneumonia`, `server`), else nothing. (The caller leaves out a claim's first word: a name
    opening a sentence is not among the names its capital would tell.)"""
    return frozenset({lemma(word)}) & target_words if word.isalpha() and len(word) >= 4 else frozenset()


@lru_cache(maxsize=8)
def _gloss_vocabulary(source: str, target: str) -> frozenset[str]:
    """Every lemma of the target language that some word of the source language glosses to."""
    return frozenset().union(*(_lexicon(source, target) or {}).values())


def negation_met(negated: ClaimKey, plain: ClaimKey) -> bool | None:
    """Across languages, whether a word that `negated` negates (`belum lunas`: lunas) is said in
    `plain` once glossed (paid, settled): True, a denial of what the other says may be there;
    False, the negation is about something the other claim does not say (`utang ke toke pakan
    belum lunas` / `I still owe the feed supplier`); None when it cannot be told (no word list
    joins the languages, a word without a gloss, a negation whose scope is not one word).
    Either side may be the word list's source: a plain claim of the source language is glossed
    whole and the negated word looked for among its glosses."""
    words = negated.negated_words
    if not words or NEGATED_UNKNOWN in words or words & NEGATED_ADVERBS:
        return None
    src, tgt = negated.language, plain.language
    if not src or not tgt or src == tgt:
        return None
    affirmed = _affirmed(plain.tokens)
    if _lexicon(src, tgt) is not None:
        lemma = _LEMMAS.get(tgt, str)
        said = {lemma(w) for w in affirmed}
        glosses = [_gloss(w, src, tgt) for w in words]
        if any(g is None for g in glosses):
            return None
        return any(g & said for g in glosses)
    if _lexicon(tgt, src) is not None:
        lemma = _LEMMAS.get(src, str)
        known = _gloss_vocabulary(tgt, src)
        lemmas = {lemma(w) for w in words}
        if not lemmas <= known:
            return None
        said = frozenset().union(*(g for w in affirmed if (g := _gloss(w, tgt, src))))
        return bool(lemmas & said)
    return None


# Prepositions that negate the phrase they open: the words after them are not said, they are
# said to be missing (`without controls` agrees with `kalau tidak dikendalikan`).
PHRASE_NEGATORS = frozenset({"without", "tanpa"})


def _affirmed(tokens: tuple[str, ...]) -> list[str]:
    """The words of a claim without those a phrase negator negates (the word after `without`)."""
    return [w for i, w in enumerate(tokens) if not (i and tokens[i - 1] in PHRASE_NEGATORS)]
