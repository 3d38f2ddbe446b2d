"""Pairwise evaluation of claim matching against gold groups. Pure Python: no Django.

Gold: two statements in different articles are the same claim when their group labels intersect
(`group` plus `also_groups`). Every pair of statements in different articles is scored with
`compare`; precision/recall/F1 are reported for the 'match' decision and for 'match' or
'suggest', separately for same-language and cross-language pairs.

    from claims.matching.evaluation import evaluate, load_gold_statements
    report = evaluate(load_gold_statements("../shared/corpus/gold"))
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .keys import ClaimKey, claim_key
from .scoring import MATCH, compare


@dataclass(frozen=True)
class GoldStatement:
    text: str
    speaker: str | None
    language: str | None
    groups: frozenset[str]  # empty: a claim no other article repeats
    article_id: str
    stance: str | None = None


def load_gold_statements(gold_dir: str | Path) -> list[GoldStatement]:
    """Required statements of every gold/*.json file (see shared/corpus/README.md)."""
    out: list[GoldStatement] = []
    for path in sorted(Path(gold_dir).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for s in data.get("statements", []):
            labels = {s.get("group")} | set(s.get("also_groups") or [])
            out.append(GoldStatement(
                text=s["text"], speaker=s.get("speaker"), language=data.get("language"),
                groups=frozenset(str(g) for g in labels if g), article_id=path.stem,
                stance=s.get("stance"),
            ))
    return out


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "tp": tp, "fp": fp, "fn": fn}


def scored_pairs(
    statements: Sequence[GoldStatement | tuple], *, stem: bool = False,
) -> list[dict[str, Any]]:
    """Every pair of statements in different articles with its gold label and MatchResult.

    `statements` are GoldStatement or plain tuples (text, speaker, language, groups, article_id).
    """
    items = [s if isinstance(s, GoldStatement) else GoldStatement(
        s[0], s[1], s[2], frozenset(s[3] or ()), s[4]) for s in statements]
    keys: list[ClaimKey] = [
        claim_key(s.text, language=s.language, speaker=s.speaker, stem=stem, stance=s.stance) for s in items
    ]
    pairs = []
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            a, b = items[i], items[j]
            if a.article_id == b.article_id:
                continue
            res = compare(keys[i], keys[j])
            pairs.append({
                "i": i, "j": j, "gold": bool(a.groups & b.groups),
                "same_language": a.language == b.language,
                "score": res.score, "decision": res.decision,
                "speaker": res.explanation["speaker"]["result"],
                "safeguards": res.explanation["safeguards"],
            })
    return pairs


def metrics(pairs: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """P/R/F1 of 'match' and of 'match'+'suggest' over the given scored pairs."""
    pairs = list(pairs)
    out = {}
    for name, positive in (("match", {MATCH}), ("match_or_suggest", {MATCH, "suggest"})):
        tp = sum(1 for p in pairs if p["gold"] and p["decision"] in positive)
        fp = sum(1 for p in pairs if not p["gold"] and p["decision"] in positive)
        fn = sum(1 for p in pairs if p["gold"] and p["decision"] not in positive)
        out[name] = _prf(tp, fp, fn)
    out["pairs"] = len(pairs)
    out["gold_pairs"] = sum(1 for p in pairs if p["gold"])
    return out


def evaluate(statements: Sequence[GoldStatement | tuple], *, stem: bool = False) -> dict[str, Any]:
    """Same-language and cross-language pairwise metrics (see module docstring)."""
    pairs = scored_pairs(statements, stem=stem)
    return {
        "same_language": metrics(p for p in pairs if p["same_language"]),
        "cross_language": metrics(p for p in pairs if not p["same_language"]),
    }


def threshold_sweep(pairs: Sequence[dict[str, Any]], thresholds: Iterable[float]) -> list[dict]:
    """P/R/F1 of 'score >= t' (safeguards and speaker cap ignored) for each t: the measurement
    the thresholds in thresholds.py were picked from."""
    rows = []
    for t in thresholds:
        tp = sum(1 for p in pairs if p["gold"] and p["score"] >= t)
        fp = sum(1 for p in pairs if not p["gold"] and p["score"] >= t)
        fn = sum(1 for p in pairs if p["gold"] and p["score"] < t)
        rows.append({"threshold": t, **_prf(tp, fp, fn)})
    return rows


def main(argv: Sequence[str] | None = None) -> None:
    """`python -m claims.matching.evaluation ../shared/corpus/gold [--stem]`: print the report."""
    import argparse

    ap = argparse.ArgumentParser(description="Pairwise grouping scores on gold groups")
    ap.add_argument("gold_dir")
    ap.add_argument("--stem", action="store_true", help="Indonesian stemming (PySastrawi)")
    args = ap.parse_args(argv)
    print(json.dumps(evaluate(load_gold_statements(args.gold_dir), stem=args.stem), indent=2))


if __name__ == "__main__":
    main()

__all__ = [
    "GoldStatement", "load_gold_statements", "scored_pairs", "metrics", "evaluate",
    "threshold_sweep",
]
