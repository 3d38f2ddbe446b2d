from django.core.management.base import BaseCommand

from claims.pipeline import ingest_file, iter_input_files


class Command(BaseCommand):
    help = "Ingest article files (.txt, .html) and folders of them; one line per input."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+")

    def handle(self, *args, **options):
        paths = options["paths"]
        failures = 0
        for path in iter_input_files(list(paths)):
            result = ingest_file(path)
            if not result.ok:
                failures += 1
                self.stdout.write(f"{result.source}\terror\t{result.error}")
            else:
                state = "created" if result.created else "duplicate"
                self.stdout.write(
                    f"{result.source}\tarticle {result.article.pk}\t{state}\t{result.statement_count} statements"
                )
        if failures:
            # Every input was tried; the exit status tells scripts that some failed.
            raise SystemExit(1)
