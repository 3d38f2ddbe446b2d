import json

from django.core.management.base import BaseCommand

from claims.models import Claim


class Command(BaseCommand):
    help = "Print every stored claim as a JSON line."

    def add_arguments(self, parser):
        parser.add_argument("--jsonl", action="store_true", help="JSON lines output (the only format).")

    def handle(self, *args, **options):
        rows = (
            Claim.objects.order_by("pk")
            .values_list("pk", "cluster_id", "article__url", "article__source_name", "speaker__name",
                         "text", "kind", "stance", "language")
        )
        for pk, cluster_id, url, source_name, speaker, text, kind, stance, language in rows.iterator(chunk_size=2000):
            line = {
                "claim_id": pk,
                "cluster_id": cluster_id,
                "article_source": url or source_name,
                "speaker": speaker,
                "text": text,
                "kind": kind,
                "stance": stance,
                "language": language,
            }
            self.stdout.write(json.dumps(line, ensure_ascii=False))
