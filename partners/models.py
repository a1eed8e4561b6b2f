from django.db import models
from django.db.models import Case, Value, When
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.listing import ListingManager, filter_key, paginate
from core.privacy import PublicPageQuerySet
from home.blocks import BodyStreamBlock
from home.choices import Country
from home.models import BasePage
from partners import mentions

TIMELINE_LENGTH = 50
PARTNERS_PER_PAGE = 24


class PartnerKind(models.TextChoices):
    UNIVERSITY = "university", _("University")
    RESEARCH_CENTRE = "research_centre", _("Research centre")
    HOSPITAL = "hospital", _("Hospital")
    FOUNDATION = "foundation", _("Foundation")
    PROGRAMME = "programme", _("Programme")


# Group headings on the partners page: several partners sit under each.
PARTNER_KIND_PLURALS = {
    PartnerKind.UNIVERSITY: _("Universities"),
    PartnerKind.RESEARCH_CENTRE: _("Research centres"),
    PartnerKind.HOSPITAL: _("Hospitals"),
    PartnerKind.FOUNDATION: _("Foundations"),
    PartnerKind.PROGRAMME: _("Programmes"),
}


def kind_order():
    """The position of a partner's kind in PartnerKind, for ordering in the database."""
    return Case(*(When(kind=kind, then=Value(number)) for number, kind in enumerate(PartnerKind)))


class AgreementKind(models.TextChoices):
    MEMORANDUM = "memorandum", _("Memorandum of cooperation")
    AGREEMENT = "agreement", _("Cooperation agreement")
    PROGRAMME = "programme", _("Programme participation")
    NONE = "none", _("No formal agreement")


class PartnerProfileQuerySet(PublicPageQuerySet):
    def for_listing(self):
        return (
            self.defer_streamfields()
            .select_related("logo")
            .prefetch_related("logo__renditions")
            .order_by("title")
        )


PartnerProfileManager = ListingManager.from_queryset(PartnerProfileQuerySet)


class NamingPartnerQuerySet(PublicPageQuerySet):
    """Pages with `partner_links` (news articles, event reports): those naming a partner."""

    def naming_partner(self, partner):
        # Links are synchronised between languages: a Russian report may link the Uzbek
        # profile, so match the partner in any language.
        return self.filter(partner_links__partner__translation_key=partner.translation_key)


class PartnerLink(Orderable):
    partner = models.ForeignKey(
        "partners.PartnerProfilePage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("partner"),
    )

    panels = [FieldPanel("partner")]

    class Meta(Orderable.Meta):
        abstract = True


class PartnerIndexPage(BasePage):
    """The partners section of one language (/<lang>/partners/), grouped by kind.

    Paginated: the groups follow each other across the pages, a group continued on the next
    page keeps its heading there.
    """

    content_panels = BasePage.content_panels

    parent_page_types = ["home.HomePage"]
    subpage_types = ["partners.PartnerProfilePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("partner index")
        verbose_name_plural = _("partner indexes")

    def partners(self):
        return PartnerProfilePage.objects.listing(self.locale_id).child_of(self)

    def partners_by_kind(self):
        """The partners in the order of PartnerKind, by title within a kind."""
        return (
            self.partners()
            .filter(kind__in=PartnerKind.values)
            .order_by(kind_order(), "title", "pk")
        )

    def groups(self, partners=None):
        """[(group heading, [partners])] of `partners` (all of them unless given), in the order
        of PartnerKind, empty kinds left out."""
        by_kind = {}
        for partner in self.partners() if partners is None else partners:
            by_kind.setdefault(partner.kind, []).append(partner)
        return [
            (PARTNER_KIND_PLURALS[kind], by_kind[kind]) for kind in PartnerKind if kind in by_kind
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        partners = paginate(
            request,
            self.partners_by_kind(),
            PARTNERS_PER_PAGE,
            count_key=filter_key(self, request.GET),
        )
        context.update(partners=partners, groups=self.groups(partners.object_list))
        return context


class PartnerProfilePage(BasePage):
    """A partner university, research centre, hospital, foundation or programme.

    Lists, newest first, every event report and news article of its language that names it.
    """

    kind = models.CharField(
        _("kind of partner"),
        max_length=32,
        choices=PartnerKind.choices,
        default=PartnerKind.UNIVERSITY,
        help_text=_("Partners are grouped by kind on the partners page."),
    )
    country = models.CharField(
        _("country"),
        max_length=3,
        choices=Country.choices,
        blank=True,
        help_text=_("Where the partner is based."),
    )
    city = models.CharField(
        _("city"), max_length=100, blank=True, help_text=_("Where the partner is based.")
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The partner's logo or emblem."),
    )
    website = models.URLField(_("website"), blank=True, help_text=_("The partner's own site."))
    cooperating_since = models.PositiveSmallIntegerField(
        _("cooperating since"),
        null=True,
        blank=True,
        help_text=_("The year cooperation began, e.g. 2021."),
    )
    agreement_kind = models.CharField(
        _("agreement"),
        max_length=32,
        choices=AgreementKind.choices,
        default=AgreementKind.NONE,
        help_text=_("The kind of agreement the cooperation rests on."),
    )
    agreement_date = models.DateField(
        _("agreement date"), null=True, blank=True, help_text=_("When the agreement was signed.")
    )
    agreement_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("signed agreement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The signed document (PDF), if it may be published."),
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    objects = PartnerProfileManager()

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldRowPanel([FieldPanel("country"), FieldPanel("city")]),
                FieldPanel("logo"),
                FieldPanel("website"),
                FieldPanel("cooperating_since"),
            ],
            heading=_("Profile"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("agreement_kind"),
                FieldPanel("agreement_date"),
                FieldPanel("agreement_document"),
            ],
            heading=_("Agreement"),
        ),
        FieldPanel("body"),
    ]

    # Shown beside each result of the site search, which lists the page types that set it.
    search_result_kind = pgettext_lazy("kind of search result", "Partner")
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("city"),
        index.FilterField("kind"),
    ]

    api_fields = BasePage.api_fields + [
        APIField("kind"),
        APIField("country"),
        APIField("city"),
        APIField("website"),
        APIField("cooperating_since"),
        APIField("agreement_kind"),
        APIField("agreement_date"),
        APIField("body"),
    ]

    parent_page_types = ["partners.PartnerIndexPage"]
    subpage_types = []

    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField(name, overridable=False)
        for name in (
            "kind",
            "country",
            "logo",
            "website",
            "cooperating_since",
            "agreement_kind",
            "agreement_date",
            "agreement_document",
        )
    ]

    class Meta:
        verbose_name = _("partner profile")
        verbose_name_plural = _("partner profiles")

    def timeline(self):
        """Events and articles naming this partner, newest first: [(date, kind, page)]."""
        return mentions.timeline(self, TIMELINE_LENGTH)

    def cooperation_figures(self):
        return mentions.figures(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(timeline=self.timeline(), figures=self.cooperation_figures())
        return context
