import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from django.conf import settings


class Command(BaseCommand):
    help = "Create the demo account once (its password is kept in var/, git-ignored) and print its login."

    def handle(self, *args, **options):
        password_file = settings.VAR_DIR / "demo_password"
        if not password_file.exists():
            password_file.write_text(secrets.token_urlsafe(12))
            password_file.chmod(0o600)
        password = password_file.read_text().strip()
        user, created = get_user_model().objects.get_or_create(
            username="demo", defaults={"is_staff": True, "is_superuser": True}
        )
        if created or not user.check_password(password):
            user.set_password(password)
            user.save(update_fields=["password"])
        self.stdout.write(f"Demo login: username 'demo', password '{password}'")
