from django.core.management.base import BaseCommand, CommandError

from core.admin_templates import PATCHES, override_path, patched_template, write_overrides
from core.library_catalogues import Counts, Memory, installed_catalogues, merge


def override_names():
    return list(PATCHES)


class Command(BaseCommand):
    """Bring our Uzbek catalogues of Wagtail and wagtail-localize in line with the installed ones.

    After an upgrade: run it, translate what it reports (or pass translation memories with
    --memory), run it again. See docs/translating.md.
    """

    help = (
        "(Re)write the Uzbek catalogues of the installed Wagtail and wagtail-localize apps from "
        "their English ones, keeping existing translations; report what is left to translate."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--memory",
            nargs="+",
            default=[],
            metavar="FILE.po",
            help="PO files to take missing translations from (same catalogue first, then any).",
        )
        parser.add_argument(
            "--prefer-memory",
            action="store_true",
            help="Let the memories' translations replace existing ones (a reviewed memory).",
        )
        writing = parser.add_mutually_exclusive_group()
        writing.add_argument(
            "--check",
            action="store_true",
            help="Write nothing; exit 1 if any entry is untranslated or fuzzy.",
        )
        writing.add_argument(
            "--dry-run",
            action="store_true",
            help="Write nothing; only report (with -v 0, only the total).",
        )

    def handle(self, *args, memory, prefer_memory, check, dry_run, verbosity, **options):
        try:
            memory = Memory(memory)
        except (OSError, ValueError) as error:
            raise CommandError(f"Cannot read a translation memory: {error}") from error
        total = Counts()
        for catalogue in installed_catalogues():
            try:
                merged, counts = merge(catalogue, memory, prefer_memory=prefer_memory)
            except (OSError, ValueError) as error:
                raise CommandError(f"{catalogue.name}: {error}") from error
            total.add(counts)
            written = not (check or dry_run) and self.write(catalogue, merged)
            if verbosity >= 1:
                self.stdout.write(
                    f"{catalogue.name}: {counts.translated} translated, "
                    f"{counts.untranslated} untranslated, {counts.fuzzy} fuzzy"
                    + (f", {counts.dropped} dropped" if counts.dropped else "")
                    + (" (written)" if written else "")
                )
        self.stdout.write(
            f"Uzbek library catalogues: {total.total} entries, {total.translated} translated, "
            f"{total.untranslated} untranslated, {total.fuzzy} fuzzy."
        )
        stale_overrides = [
            name
            for name in override_names()
            if not override_path(name).exists()
            or override_path(name).read_text(encoding="utf-8") != patched_template(name)
        ]
        if stale_overrides and not (check or dry_run):
            write_overrides()
            self.stdout.write(f"Admin template overrides rewritten: {', '.join(stale_overrides)}")
        elif stale_overrides:
            self.stdout.write(f"Admin template overrides out of date: {', '.join(stale_overrides)}")
        if check and (total.untranslated or total.fuzzy or stale_overrides):
            if verbosity >= 1 and total.missing:
                shown = ", ".join(repr(msgid) for msgid in total.missing[:5])
                self.stderr.write(f"Untranslated, first: {shown}")
            raise CommandError(
                "The Uzbek library catalogues or admin template overrides are incomplete.",
                returncode=1,
            )

    def write(self, catalogue, merged):
        """Saves `merged` unless the file already says the same; True if it was written."""
        text = str(merged)
        if catalogue.target.exists() and catalogue.target.read_text(encoding="utf-8") == text:
            return False
        catalogue.target.parent.mkdir(parents=True, exist_ok=True)
        catalogue.target.write_text(text, encoding="utf-8")
        return True
