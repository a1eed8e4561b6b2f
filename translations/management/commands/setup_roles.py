from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from translations.roles import role_groups, setup_roles


class Command(BaseCommand):
    """Create or complete the roles and the Review workflow; safe to run again at any time.

    Pages created since (a new locale's home, a section index) get theirs on save anyway; run
    this after adding snippet models, so that editors may edit them.
    """

    help = (
        "Create or complete the Editors, Moderators and Translators groups and the Review workflow."
    )

    def handle(self, *args, **options):
        setup_roles()
        for role, name in role_groups().items():
            group = Group.objects.get(name=name)
            self.stdout.write(
                f"{role}: group {name!r}, {group.permissions.count()} permissions, "
                f"{group.page_permissions.count()} page permissions"
            )
        self.stdout.write(self.style.SUCCESS("Roles and the Review workflow are ready."))
