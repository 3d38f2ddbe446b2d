from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from claims.evaluation import evaluate, load_scorer
from claims.grouping_evaluation import NotAnEmptyCorpus, evaluate_grouping


class Command(BaseCommand):
    help = "Score extraction on gold files (statement and attributed F1, by kind and speaker form, metadata)."

    def add_arguments(self, parser):
        parser.add_argument("gold", nargs="+", help="gold JSON files (see ../shared/corpus/README.md)")
        parser.add_argument(
            "--scorer", default=str(settings.BASE_DIR.parent / "shared" / "eval-data" / "score.py"),
            help="the project's metric, score.py",
        )
        parser.add_argument("--min-attributed-f1", type=float, default=0.0,
                            help="exit non-zero below this attributed F1 (CI's regression floor)")
        parser.add_argument("--min-f1", type=float, default=0.0, help="exit non-zero below this statement F1")
        parser.add_argument("--grouping", action="store_true",
                            help="also ingest the articles, reconcile and score the cross-outlet clusters "
                                 "(inside a transaction that is rolled back)")

    def handle(self, *args, **options):
        gold = options["gold"]
        scorer_path = Path(options["scorer"])
        if not scorer_path.exists():
            raise CommandError(f"score.py not found at {scorer_path}")
        report = evaluate([Path(g) for g in gold], load_scorer(scorer_path))
        for line in report.lines():
            self.stdout.write(line)
        if options["grouping"]:
            try:
                grouping = evaluate_grouping([Path(g) for g in gold], load_scorer(scorer_path))
            except NotAnEmptyCorpus as e:
                raise CommandError(str(e)) from e
            for line in grouping.lines():
                self.stdout.write(line)
        for error in report.errors:
            self.stderr.write(f"error: {error}")
        _, _, f1 = report.total.prf()
        _, _, attributed_f1 = report.total.prf(attributed=True)
        if f1 < options["min_f1"] or attributed_f1 < options["min_attributed_f1"] or report.errors:
            raise CommandError(
                f"below the floor: statements F1 {f1:.3f} (min {options['min_f1']}), "
                f"attributed F1 {attributed_f1:.3f} (min {options['min_attributed_f1']})"
            )
