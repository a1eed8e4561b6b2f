from django.core.management.base import BaseCommand

from home.demo.bootstrap import ensure_home_pages


class Command(BaseCommand):
    help = "Create or update the demo content in Uzbek, with Russian and English translations."

    def handle(self, *args, **options):
        home = ensure_home_pages()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {home.get_translations(inclusive=True).count()} home pages."
            )
        )
