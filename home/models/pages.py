from django.db import models
from django.http import Http404
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from home.blocks import BodyStreamBlock
from home.sections import home_sections

from .base import BasePage


class HomePage(BasePage):
    """The root of each language's tree (one per locale, directly under Wagtail's root).

    Editors write the Uzbek home; the Russian and English homes are its translations.
    """

    intro = models.TextField(
        _("introduction"),
        blank=True,
        max_length=600,
        help_text=_("One or two sentences under the site name on the home page."),
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    api_fields = BasePage.api_fields + [APIField("intro"), APIField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.ContentPage",
        "news.NewsIndexPage",
        "events.EventIndexPage",
        "partners.PartnerIndexPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    @property
    def meta_description(self):
        return super().meta_description or self.intro

    @classmethod
    def can_create_at(cls, parent):
        # One home per locale: the others are made by translating it, not by hand.
        return super().can_create_at(parent) and not cls.objects.filter(depth=2).exists()

    def route(self, request, path_components):
        # Wagtail falls back to the source home when a language has no live home of its own;
        # we would rather say "not found" in that language than show Uzbek text under /ru/.
        if self.locale.language_code != get_language():
            raise Http404
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(home_sections(self))
        return context


class ContentPage(BasePage):
    """A general page such as "About the department" or "International cooperation".

    Lives under a home page or another content page.
    """

    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("body")]

    search_fields = BasePage.search_fields + [index.SearchField("body")]

    api_fields = BasePage.api_fields + [APIField("body")]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")
