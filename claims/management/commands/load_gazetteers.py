import json

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from claims.pipeline import outlet_gazetteer
from claims.speakers import speaker_resolve
from sources.services import outlet_get_or_create


class Command(BaseCommand):
    help = "Load the known outlets, wires and speakers of seeds/gazetteers into the database (idempotent)."

    @transaction.atomic
    def handle(self, *args, **options):
        outlets = outlet_gazetteer()
        for entry in outlets.outlets:
            outlet_get_or_create(name=entry.name, gazetteer=outlets)
        records = json.loads((settings.BASE_DIR / "seeds" / "gazetteers" / "speakers.json").read_text("utf-8"))
        for record in records:
            speaker_resolve(name=record["name"], kind=record.get("kind", "unknown"),
                            aliases=tuple(record.get("aliases", ())))
        self.stdout.write(f"{len(outlets.outlets)} outlets, {len(records)} speakers known")
