from django.core.management.base import BaseCommand

from claims.reextraction import article_reextract, articles_to_reextract
from sources.models import Article


class Command(BaseCommand):
    help = ("Read stored articles again with the current extractor and add the claims it newly finds; "
            "stored claims, and the decisions on them, stay as they are. One line per article.")

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true",
                            help="every article, not only those an older extractor read")

    def handle(self, *args, **options):
        added = skipped = 0
        # ids first: each article is read and written in a transaction of its own
        for pk in list(articles_to_reextract(every=options["all"]).values_list("pk", flat=True)):
            result = article_reextract(Article.objects.get(pk=pk))
            self.stdout.write(result.line)
            added += len(result.added)
            skipped += result.skipped is not None
        self.stdout.write(f"{added} claims added; {skipped} articles skipped")
