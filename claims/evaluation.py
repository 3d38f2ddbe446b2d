"""Extraction quality on gold files, with the project's official metric (shared/eval-data/score.py).

The headline figures come from score.py's own `score_one`; the breakdowns by kind and by speaker
form repeat its greedy matching with its own `text_score` and `speaker_ok`, so they add up to it.
"""

from __future__ import annotations

import importlib.util
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from sources.parsing.types import ParseError

from .pipeline import extract, extraction_as_json

PRONOUNS = {"he", "she", "they", "it", "we", "i", "dia", "ia", "mereka", "beliau", "kami"}


def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("kutip_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def speaker_form(mention: str | None) -> str:
    """name, role or pronoun (-nya cues count as pronouns): how the text names the speaker."""
    m = (mention or "").strip()
    if not m:
        return "none"
    first = m.split()[0].casefold()
    if m.casefold() in PRONOUNS or first in PRONOUNS or (len(m.split()) == 1 and m.casefold().endswith("nya")):
        return "pronoun"
    if first in {"the", "a", "an"} or not m[0].isupper():
        return "role"
    return "name"


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    tp: int = 0
    attr_tp: int = 0

    def prf(self, attributed: bool = False) -> tuple[float, float, float]:
        tp = self.attr_tp if attributed else self.tp
        p = tp / self.pred if self.pred else 0.0
        r = tp / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Report:
    files: int = 0
    errors: list[str] = field(default_factory=list)
    total: Tally = field(default_factory=Tally)
    by_kind: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_form: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    meta_ok: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    meta_n: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def lines(self) -> list[str]:
        out = []
        sp, sr, sf = self.total.prf()
        ap, ar, af = self.total.prf(attributed=True)
        out.append(f"files {self.files}, extractor errors {len(self.errors)}")
        out.append(f"statements  F1 {sf:.3f}  (P {sp:.3f}  R {sr:.3f})   gold {self.total.gold}  pred {self.total.pred}")
        out.append(f"attributed  F1 {af:.3f}  (P {ap:.3f}  R {ar:.3f})")
        for title, groups in (("kind", self.by_kind), ("speaker form", self.by_form)):
            for name in sorted(groups):
                t = groups[name]
                recall = t.tp / t.gold if t.gold else 0.0
                attributed = t.attr_tp / t.tp if t.tp else 0.0
                out.append(
                    f"  {title} {name:<9} gold {t.gold:>5}  recall {recall:.3f}  speaker acc {attributed:.3f}"
                )
        for key in sorted(self.meta_n):
            out.append(f"  metadata {key:<20} {self.meta_ok[key]}/{self.meta_n[key]}")
        return out


def evaluate(gold_paths: list[Path], scorer: ModuleType) -> Report:
    report = Report()
    for gpath in gold_paths:
        gold = json.loads(Path(gpath).read_text("utf-8"))
        article_path = Path(scorer.resolve_article(str(gpath), gold["file"]))
        try:
            pred = extraction_as_json(extract(article_path.read_bytes(), filename=article_path.name),
                                      source=str(article_path))
        except (OSError, ParseError) as exc:
            report.errors.append(f"{gpath}: {exc}")
            pred = {}
        report.files += 1
        _score_file(report, gold, pred, scorer)
    return report


def _score_file(report: Report, gold: dict, pred: dict, scorer: ModuleType) -> None:
    official = scorer.score_one(gold, pred)
    report.total.gold += official["n_gold"]
    report.total.pred += official["n_pred"]
    report.total.tp += official["tp"]
    report.total.attr_tp += official["attr_tp"]

    gstat, opt, pstat = gold["statements"], gold.get("optional_statements", []), pred.get("statements", [])
    pairs = sorted(
        (
            (s, j < len(gstat), i, j)
            for i, p in enumerate(pstat)
            for j, g in enumerate(gstat + opt)
            if (s := scorer.text_score(p.get("text", ""), g["text"])) >= 75
        ),
        reverse=True,
    )
    used_p, used_g, match = set(), set(), {}
    for _, _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            match[j] = i
    for j, g in enumerate(gstat):
        i = match.get(j)
        p = pstat[i] if i is not None else {}
        form = speaker_form(g.get("speaker_mention") or p.get("speaker_mention"))
        if form == "none" and i is None:
            form = "missed"
        ok = i is not None and scorer.speaker_ok(p.get("speaker", ""), g.get("speaker_aliases", [g.get("speaker") or ""]))
        for tally in (report.by_kind[g.get("kind", "?")], report.by_form[form]):
            tally.gold += 1
            tally.tp += i is not None
            tally.attr_tp += ok

    article = pred.get("article", {})
    for key in ("title", "outlet", "author", "language", "dateline"):
        if gold.get(key) is not None:
            report.meta_n[key] += 1
            report.meta_ok[key] += scorer.norm(str(article.get(key) or "")) == scorer.norm(gold[key])
    if gold.get("published_at"):
        report.meta_n["published_at"] += 1
        report.meta_ok["published_at"] += (article.get("published_at") or "") == gold["published_at"]
    if gold.get("wire_sources") is not None:
        report.meta_n["wire_sources"] += 1
        report.meta_ok["wire_sources"] += sorted(map(scorer.norm, article.get("wire_sources") or [])) == sorted(
            map(scorer.norm, gold["wire_sources"])
        )
    if gold.get("boilerplate_must_be_absent"):
        body = (article.get("body") or "").lower()
        report.meta_n["boilerplate_removed"] += 1
        report.meta_ok["boilerplate_removed"] += not any(b.lower() in body for b in gold["boilerplate_must_be_absent"])
