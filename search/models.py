from django.contrib.postgres.search import SearchVectorField
from django.db import models


class SearchDocument(models.Model):
    """What the site search reads of one live page: its words as the search compares them
    (search.words), kept up to date on every publish (search.documents).

    Only the page's live content is here; whether a reader may see the page (live, not under a
    view restriction) is asked of core.privacy at search time, from the page itself.
    """

    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="search_document",
    )
    # Each field: the page's words separated by spaces, with a space in front, so that a word
    # beginning is " " + the word.
    title = models.TextField()
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    # PostgreSQL only (NULL elsewhere): title, summary and body weighted A, B and C, in the
    # text-search configuration of the page's language (search.backends).
    vector = SearchVectorField(null=True)

    def __str__(self):
        return self.title.strip()
