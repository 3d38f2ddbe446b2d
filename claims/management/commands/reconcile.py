from django.core.management.base import BaseCommand, CommandError

from claims.reconcile import reconcile_run


class Command(BaseCommand):
    help = "Run the nightly reconciliation now, synchronously (for cron and tests)."

    def handle(self, *args, **options):
        run = reconcile_run()
        if run is None:
            raise CommandError("another reconciliation is running")
        self.stdout.write(f"run {run.pk}: {run.status} in {run.duration_seconds:.2f}s {run.counts}")
        if run.status != run.Status.SUCCEEDED:
            raise CommandError(run.error)
