"""Create an API token from the command line (scripts, CI): prints the token, and only the token."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.core.management.base import BaseCommand, CommandError

from claims.permissions import ROLE_GROUPS
from integrations.services import token_create


class Command(BaseCommand):
    help = (
        "Create an API token for USERNAME and print it (shown this once; only its digest is stored). "
        "With --role, the user is created if missing and put in that role's group."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--name", default="cli", help="The token's label (default: cli).")
        parser.add_argument("--role", choices=sorted(ROLE_GROUPS), help="Create the user if needed, with this role.")

    def handle(self, *args, username, name, role, **options):
        users = get_user_model().objects
        if role:
            user, created = users.get_or_create(username=username)
            if created:  # a token-only account: no password login
                user.set_unusable_password()
                user.save(update_fields=["password"])
            user.groups.add(Group.objects.get_or_create(name=role)[0])
        else:
            try:
                user = users.get(username=username)
            except users.model.DoesNotExist as exc:
                raise CommandError(f"No user {username!r} (give --role to create one).") from exc
        try:
            new = token_create(user=user, name=name)
        except PermissionDenied as exc:  # a user in no role group
            raise CommandError(str(exc)) from exc
        self.stdout.write(new.plaintext)
