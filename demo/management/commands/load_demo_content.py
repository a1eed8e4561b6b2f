from django.core.management.base import BaseCommand

from demo.loader import DemoLoader


class Command(BaseCommand):
    help = "Create or update the demo content in Uzbek, with Russian and English translations."

    def add_arguments(self, parser):
        parser.add_argument(
            "--refresh",
            action="store_true",
            help="Write every demo page again even if the demo content is already there.",
        )

    def handle(self, *args, **options):
        loader = DemoLoader(log=self.stdout.write)
        if loader.is_loaded() and not options["refresh"]:
            self.stdout.write("Demo content is already loaded (use --refresh to write it again).")
            return
        home = loader.load()
        pages = home.get_descendants(inclusive=True).count()
        self.stdout.write(
            self.style.SUCCESS(f"Demo content ready: {pages} Uzbek pages, translated.")
        )
