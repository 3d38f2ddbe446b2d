import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from claims.pipeline import extract, extraction_as_json
from sources.parsing.types import ParseError


class Command(BaseCommand):
    help = "Print the statements of article files as JSON lines, one object per input. Stores nothing."

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", help="JSON lines output (the only format).")
        parser.add_argument("paths", nargs="+")

    def handle(self, *args, **options):
        paths = options["paths"]
        failed = []
        for raw_path in paths:
            path = Path(raw_path)
            try:
                extraction = extract(path.read_bytes(), filename=path.name)
            except (OSError, ParseError) as exc:
                failed.append(f"{raw_path}: {exc}")
                continue
            self.stdout.write(json.dumps(extraction_as_json(extraction, source=raw_path), ensure_ascii=False))
        if failed:
            raise CommandError("; ".join(failed))
