from django.core.management.base import BaseCommand, CommandError

from translations.links import find_link_problems
from translations.status import compute_status


class Command(BaseCommand):
    help = (
        "Print, per language, how many pages and snippets are missing, in progress, up to date "
        "or outdated, and the internal links that lead to another language. With --fail-under, "
        "exit with status 1 when a language is less up to date than that percentage."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--locale",
            action="append",
            dest="locales",
            metavar="CODE",
            help="Only this language (repeatable), e.g. --locale ru.",
        )
        parser.add_argument(
            "--fail-under",
            type=float,
            metavar="PERCENT",
            help="Exit with status 1 when a selected language is less than PERCENT up to date.",
        )
        parser.add_argument("--no-links", action="store_true", help="Do not check internal links.")

    def handle(self, *args, locales=None, fail_under=None, no_links=False, **options):
        if fail_under is not None and not 0 <= fail_under <= 100:
            raise CommandError("--fail-under must be between 0 and 100.")
        report = compute_status()
        targets = list(report.locales)
        if locales:
            unknown = sorted(set(locales) - set(targets))
            if unknown:
                raise CommandError(
                    f"Unknown locale: {', '.join(unknown)}. Known: {', '.join(targets)}.",
                    returncode=2,
                )
            targets = [code for code in targets if code in locales]

        totals = report.totals(locales=targets)
        header = (
            f"{'locale':<8}{'missing':>9}{'in progress':>13}{'in review':>11}{'outdated':>10}"
            f"{'up to date':>12}{'% up to date':>14}"
        )
        self.stdout.write(header)
        for code in targets:
            row = totals[code]
            self.stdout.write(
                f"{code:<8}{row.missing:>9}{row.in_progress:>13}{row.awaiting_review:>11}"
                f"{row.outdated:>10}"
                f"{row.up_to_date:>12}{row.percent_up_to_date:>13.1f}%"
            )

        if not no_links:
            problems = [
                problem
                for problem in find_link_problems(report.page_rows, report.locale_ids)
                if problem.page_locale in targets
            ]
            self.stdout.write("")
            self.stdout.write(f"Link problems: {len(problems)}")
            for problem in problems:
                kinds = ", ".join(problem.kinds)
                self.stdout.write(
                    f"  [{problem.page_locale}] {problem.page_title} (page {problem.page_id}) → "
                    f"page {problem.linked_page_id}"
                    f"{f' [{problem.linked_locale}]' if problem.linked_locale else ''}: {kinds}"
                )

        if fail_under is not None:
            failing = [code for code in targets if totals[code].percent_up_to_date < fail_under]
            if failing:
                details = ", ".join(
                    f"{code} {totals[code].percent_up_to_date:.1f}%" for code in failing
                )
                raise CommandError(f"Below {fail_under:g}% up to date: {details}.", returncode=1)
