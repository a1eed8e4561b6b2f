from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from translations.roles import grant_role, role_groups


class Command(BaseCommand):
    help = "Give a user a role: " + ", ".join(role_groups()) + "."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("role", help="One of: " + ", ".join(role_groups()) + ".")

    def handle(self, *args, username, role, **options):
        roles = role_groups()
        if role not in roles:
            raise CommandError(f"Unknown role {role!r}. Roles: {', '.join(roles)}.")
        User = get_user_model()
        user = User.objects.filter(**{User.USERNAME_FIELD: username}).first()
        if user is None:
            raise CommandError(
                f"No user {username!r}. Create it first (manage.py createsuperuser or the admin)."
            )
        group = grant_role(user, role)
        self.stdout.write(self.style.SUCCESS(f"{username} is now in {group.name!r}."))
