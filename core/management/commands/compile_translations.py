from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

import polib


def compile_catalogues(locale_paths):
    """Compile every .po file under `locale_paths` to .mo; returns the .po paths compiled.

    Fuzzy and untranslated entries are left out, as msgfmt would.
    """
    compiled = []
    for locale_path in locale_paths:
        for po_path in sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po")):
            try:
                catalog = polib.pofile(str(po_path))
            except (OSError, ValueError) as error:
                raise CommandError(f"{po_path}: {error}") from error
            catalog.save_as_mofile(str(po_path.with_suffix(".mo")))
            compiled.append(po_path)
    return compiled


class Command(BaseCommand):
    """Compile the interface translations with polib.

    Django's compilemessages needs GNU gettext, which a fresh machine may not have.
    """

    help = "Compile the interface translations (.po → .mo) without GNU gettext."

    def handle(self, *args, **options):
        compiled = compile_catalogues(settings.LOCALE_PATHS)
        self.stdout.write(f"Compiled {len(compiled)} translation catalogue(s).")
