"""`manage.py evaluate --grouping`: ingest, reconcile, score clusters against gold groups, keep nothing."""

import json

import pytest

from claims.evaluation import load_scorer
from claims.grouping_evaluation import evaluate_grouping
from sources.models import Article

from .test_online_matching import CLAIM, article

pytestmark = pytest.mark.django_db


def test_it_counts_a_repeated_claim_as_a_found_pair_and_stores_nothing(tmp_path, shared_dir):
    scorer = load_scorer(shared_dir / "eval-data" / "score.py")
    golds = []
    for n, outlet in enumerate(["Kompas.com", "Tempo.co"]):
        path = tmp_path / f"{n}.txt"
        path.write_bytes(article(outlet, CLAIM, extra=f"Pada hari ke-{n}, "))
        gold = {"file": str(path), "language": "id", "statements": [
            {"id": "s1", "speaker": "Sri Mulyani", "speaker_aliases": ["Sri Mulyani"], "kind": "indirect",
             "text": CLAIM.rstrip("."), "group": "subsidi"}]}
        golds.append(tmp_path / f"{n}.json")
        golds[-1].write_text(json.dumps(gold))
    report = evaluate_grouping(golds, scorer)
    assert report.found == report.gold_statements == 2
    assert (report.same_language.tp, report.same_language.fp, report.same_language.fn) == (1, 0, 0)
    assert Article.objects.count() == 0


def test_it_refuses_a_database_that_already_holds_claims(tmp_path, shared_dir):
    # stored claims would join the clusters measured, and a stored article keeps its old extraction
    from claims.grouping_evaluation import NotAnEmptyCorpus
    from tests.factories import ClaimFactory

    ClaimFactory()
    with pytest.raises(NotAnEmptyCorpus):
        evaluate_grouping([], load_scorer(shared_dir / "eval-data" / "score.py"))
