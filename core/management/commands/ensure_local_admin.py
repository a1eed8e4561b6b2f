import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

CREDENTIALS_FILE = settings.BASE_DIR / ".local-admin"


class Command(BaseCommand):
    """Create a superuser for local development and print how to log in.

    Only with DEBUG on: production admins are made with `createsuperuser`.
    """

    help = "Create a local-only admin user (DEBUG only) and print its credentials."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "ensure_local_admin only runs with DEBUG on; use createsuperuser in production."
            )
        User = get_user_model()
        if CREDENTIALS_FILE.exists():
            username, password = CREDENTIALS_FILE.read_text().split(maxsplit=1)
            if User.objects.filter(username=username).exists():
                self.print_credentials(username, password.strip())
                return
        if User.objects.filter(is_superuser=True).exclude(username="admin").exists():
            self.stdout.write("An admin user exists already: log in with it at /admin/.")
            return
        username, password = "admin", secrets.token_urlsafe(12)
        user, _created = User.objects.get_or_create(username=username)
        user.is_superuser = user.is_staff = True
        user.set_password(password)
        user.save()
        CREDENTIALS_FILE.write_text(f"{username} {password}\n")
        self.print_credentials(username, password)

    def print_credentials(self, username, password):
        self.stdout.write(
            f"Local admin (development only): user {username!r}, password {password!r} "
            f"(kept in {CREDENTIALS_FILE.name}; `manage.py createsuperuser` makes another)."
        )
