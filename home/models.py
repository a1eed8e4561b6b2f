from django.db import models
from django.http import Http404
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index


class HomePage(Page):
    """The root of each language's tree (one per locale, directly under Wagtail's root).

    Editors write the Uzbek home; the Russian and English homes are its translations.
    """

    intro = models.TextField(
        _("introduction"),
        blank=True,
        max_length=600,
        help_text=_("One or two sentences under the site name on the home page."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]

    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def route(self, request, path_components):
        # Wagtail falls back to the source home when a language has no live home of its own;
        # we would rather say "not found" in that language than show Uzbek text under /ru/.
        if self.locale.language_code != get_language():
            raise Http404
        return super().route(request, path_components)

    @classmethod
    def can_create_at(cls, parent):
        # One home per locale: the others are made by translating it, not by hand.
        return super().can_create_at(parent) and not cls.objects.filter(depth=2).exists()
