from django.core.management.base import BaseCommand

from search.documents import rebuild
from search.models import SearchDocument


class Command(BaseCommand):
    """Build the site search's document of every live article, event report and partner.

    Publishing keeps them up to date; this is for a restored database or a change in how
    words are folded (search.words).
    """

    help = "Rebuild the site search's documents of every live searchable page."

    def handle(self, *args, **options):
        rebuild(log=self.stdout.write)
        self.stdout.write(f"{SearchDocument.objects.count()} search documents.")
