"""Cross-outlet grouping measured end to end on gold files: ingest every article through the
pipeline, reconcile, then compare the clusters with the gold `group` labels pairwise.

Runs inside a transaction that is rolled back, so it never leaves anything in the database.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from django.db import transaction

from .models import Claim
from .pipeline import ingest
from .reconcile import reconcile_run


@dataclass
class PairCounts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class GroupingReport:
    same_language: PairCounts = field(default_factory=PairCounts)
    cross_language: PairCounts = field(default_factory=PairCounts)
    gold_statements: int = 0
    found: int = 0

    def lines(self) -> list[str]:
        out = [f"grouping: {self.found}/{self.gold_statements} gold statements found as stored claims"]
        for name, counts in (("same language", self.same_language), ("cross language", self.cross_language)):
            p, r, f = counts.prf()
            out.append(f"  {name:<15} pairwise P {p:.3f}  R {r:.3f}  F1 {f:.3f}  "
                       f"(true pairs {counts.tp + counts.fn}, predicted {counts.tp + counts.fp})")
        return out


class NotAnEmptyCorpus(Exception):
    """The database already holds claims: they would join the clusters being measured, and an
    article stored before would keep the claims of the extractor that stored it."""


def evaluate_grouping(gold_paths: list[Path], scorer: ModuleType) -> GroupingReport:
    if Claim.objects.exists():
        raise NotAnEmptyCorpus(
            "grouping is measured on a database without claims (`make eval` makes one); this one "
            "holds claims that would join the clusters, and articles stored earlier keep their old extraction")
    report = GroupingReport()
    with transaction.atomic():
        entries = []  # (article index, language, labels, cluster id or None)
        for n, gpath in enumerate(gold_paths):
            gold = json.loads(Path(gpath).read_text("utf-8"))
            path = Path(scorer.resolve_article(str(gpath), gold["file"]))
            result = ingest(path.read_bytes(), source_name=str(path), filename=path.name)
            claims = list(result.article.claims.all()) if result.ok else []
            entries.append((n, gold, claims))
        reconcile_run()  # the whole nightly job, as a newsroom would run it
        cluster_of = dict(Claim.objects.values_list("pk", "cluster_id"))
        statements = []
        for n, gold, claims in entries:
            for g, claim in _align(gold["statements"], claims, scorer):
                labels = {g.get("group"), *g.get("also_groups", [])} - {None}
                statements.append((n, gold.get("language"), labels, cluster_of.get(claim.pk) if claim else None))
                report.gold_statements += 1
                report.found += claim is not None
        transaction.set_rollback(True)
    for a, b in itertools.combinations(statements, 2):
        if a[0] == b[0] or not a[2] or not b[2]:
            continue
        counts = report.same_language if a[1] == b[1] else report.cross_language
        same_gold = bool(a[2] & b[2])
        same_predicted = a[3] is not None and a[3] == b[3]
        counts.tp += same_gold and same_predicted
        counts.fp += same_predicted and not same_gold
        counts.fn += same_gold and not same_predicted
    return report


def _align(gold_statements: list[dict], claims: list[Claim], scorer: ModuleType):
    """Each gold statement with the stored claim score.py would match it to (or None)."""
    pairs = sorted(
        ((s, i, j) for i, g in enumerate(gold_statements) for j, c in enumerate(claims)
         if (s := scorer.text_score(c.text, g["text"])) >= 75),
        reverse=True,
    )
    used_g, used_c, match = set(), set(), {}
    for _, i, j in pairs:
        if i not in used_g and j not in used_c:
            used_g.add(i)
            used_c.add(j)
            match[i] = claims[j]
    return [(g, match.get(i)) for i, g in enumerate(gold_statements)]
