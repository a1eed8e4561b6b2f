from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Page, PageManager
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.privacy import PublicPageQuerySet, view_restrictions
from core.slugs import AsciiSlugPageMixin, with_slug_panel
from core.text import normalise
from home.forms import LocalizedLinksPageForm


def hero_image_field(**kwargs):
    kwargs.setdefault("verbose_name", _("main image"))
    kwargs.setdefault(
        "help_text", _("Shown at the top of the page and in listings; landscape works best.")
    )
    return models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        **kwargs,
    )


class BasePage(AsciiSlugPageMixin, Page):
    """Fields every public page has: a short summary and a main image.

    The summary is the page's teaser in listings, its meta description and its feed entry.
    """

    summary = models.TextField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences (at most 300 characters) shown in listings and search."),
    )
    hero_image = hero_image_field()

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("hero_image")]
    # The slug field transliterates the title as the server does (core.slugs).
    promote_panels = with_slug_panel(Page.promote_panels)

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        # Title, summary and body with Uzbek apostrophes normalised (see core.text), for
        # Wagtail's index (the admin's and the API's search; the site search keeps its own
        # documents, search.documents).
        index.SearchField("search_text"),
        index.AutocompleteField("search_text"),
    ]

    api_fields = [APIField("summary"), APIField("hero_image")]

    # `.public()` of every page type follows core.privacy (translations share restrictions).
    objects = PageManager.from_queryset(PublicPageQuerySet)()

    # A translation may not swap the picture: images are facts, like dates.
    override_translatable_fields = [SynchronizedField("hero_image", overridable=False)]

    # Links to partners, people, topics and pages are stored in the page's language.
    base_form_class = LocalizedLinksPageForm

    class Meta:
        abstract = True

    def search_text(self):
        """Title, summary and body text, every apostrophe variant removed, for the site search."""
        parts = [self.title, self.summary]
        body = getattr(self, "body", None)
        if body:
            parts += body.stream_block.get_searchable_content(body)
        return normalise("\n".join(parts))

    def get_view_restrictions(self):
        """The restrictions on this page, its ancestors and their translations (core.privacy),
        read from the cache instead of Wagtail's queries of the ancestors."""
        if self.alias_of_id:
            return super().get_view_restrictions()
        return view_restrictions(self)

    @property
    def meta_description(self):
        return self.search_description or self.summary
