from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.api_fields import LocalizedLinkField
from core.i18n import localize_all
from core.listing import (
    ListingManager,
    distinct_years,
    filter_key,
    optional_int,
    optional_slug,
    paginate,
)
from core.privacy import public_pages
from core.structure_cache import remember
from events.choices import EventFormat, EventKind, ParticipantRole
from home.blocks import BodyStreamBlock, GalleryStreamBlock
from home.choices import Country
from home.models import BasePage, TopicLink
from home.related import related_news
from partners.models import NamingPartnerQuerySet, PartnerLink, PartnerProfilePage
from partners.panels import PartnerLinksPanel

REPORTS_PER_PAGE = 12


class EventReportQuerySet(NamingPartnerQuerySet):
    def for_listing(self):
        return (
            self.defer_streamfields()
            .select_related("hero_image")
            .prefetch_related("hero_image__renditions")
        )

    def upcoming(self, today=None):
        # Inclusive: an event that ends today is still upcoming, not yet a report.
        today = today or timezone.localdate()
        return self.filter(end_date__gte=today).order_by("start_date", "pk")

    def past(self, today=None):
        today = today or timezone.localdate()
        return self.filter(end_date__lt=today).order_by("-start_date", "-pk")


EventReportManager = ListingManager.from_queryset(EventReportQuerySet)


class EventLink(Orderable):
    event = models.ForeignKey(
        "events.EventReportPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("event"),
    )

    panels = [FieldPanel("event")]

    class Meta(Orderable.Meta):
        abstract = True


class EventIndexPage(BasePage):
    """The events section of one language (/<lang>/events/): upcoming events, then reports."""

    content_panels = BasePage.content_panels

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventReportPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index")
        verbose_name_plural = _("event indexes")

    def events(self):
        return EventReportPage.objects.listing(self.locale_id).child_of(self)

    def filter_events(self, params):
        """Events narrowed by `?year=`, `?kind=` and `?partner=<slug>`; 404 on a bad value."""
        events = self.events()
        filters = {}
        year = optional_int(params, "year", maximum=9999)
        if year:
            events = events.filter(start_date__year=year)
            filters["year"] = year
        kind = params.get("kind", "")
        if kind:
            if kind not in EventKind.values:
                raise Http404
            events = events.filter(kind=kind)
            filters["kind"] = EventKind(kind)
        partner_slug = optional_slug(params, "partner")
        if partner_slug:
            partner = (
                PartnerProfilePage.objects.live()
                .public()
                .filter(locale_id=self.locale_id, slug=partner_slug)
                .first()
            )
            if partner is None:
                raise Http404
            events = events.naming_partner(partner).distinct()
            filters["partner"] = partner
        return events, filters

    def years(self):
        return distinct_years(self, self.events(), "start_date")

    def kind_choices(self):
        """The kinds this language's events have, as (value, label), in EventKind order."""
        used = remember(
            "event-kinds",
            (self.pk,),
            lambda: set(self.events().order_by().values_list("kind", flat=True).distinct()),
        )
        return [(kind.value, kind.label) for kind in EventKind if kind.value in used]

    def partner_choices(self):
        named = EventPartner.objects.filter(page__locale_id=self.locale_id, page__live=True).values(
            "partner__translation_key"
        )
        return (
            PartnerProfilePage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, translation_key__in=named)
            .order_by("title")
            .only("title", "slug")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events, filters = self.filter_events(request.GET)
        # Past and upcoming depend on the date, so the count is kept per day.
        count_key = filter_key(self, request.GET, timezone.localdate())
        reports = paginate(request, events.past(), REPORTS_PER_PAGE, count_key=count_key)
        show_upcoming = reports.number == 1
        context.update(
            upcoming=list(events.upcoming()) if show_upcoming else [],
            reports=reports,
            filters=filters,
            years=self.years(),
            kinds=self.kind_choices(),
            partner_choices=self.partner_choices(),
        )
        return context


class EventPartner(PartnerLink):
    page = ParentalKey(
        "events.EventReportPage", on_delete=models.CASCADE, related_name="partner_links"
    )

    api_fields = [APIField("partner", serializer=LocalizedLinkField("partner", ["title"]))]


class EventTopic(TopicLink):
    page = ParentalKey(
        "events.EventReportPage", on_delete=models.CASCADE, related_name="topic_links"
    )


class EventParticipant(Orderable):
    """A member of the department (or a guest) who took part, with their role."""

    page = ParentalKey(
        "events.EventReportPage", on_delete=models.CASCADE, related_name="participants"
    )
    person = models.ForeignKey(
        "home.Person", on_delete=models.CASCADE, related_name="+", verbose_name=_("person")
    )
    role = models.CharField(
        _("role"),
        max_length=32,
        choices=ParticipantRole.choices,
        default=ParticipantRole.PARTICIPANT,
    )

    panels = [FieldPanel("person"), FieldPanel("role")]

    api_fields = [
        APIField("person", serializer=LocalizedLinkField("person", ["name", "position"])),
        APIField("role"),
    ]


class EventReportPage(BasePage):
    """An event: announced ahead as upcoming, and after its end date the same page is its report.

    Lives under the event index of its language.
    """

    kind = models.CharField(
        _("kind of event"),
        max_length=32,
        choices=EventKind.choices,
        default=EventKind.SEMINAR,
        help_text=_("Readers can filter the events by kind."),
    )
    start_date = models.DateField(_("start date"), help_text=_("The first day of the event."))
    end_date = models.DateField(
        _("end date"),
        help_text=_("The last day of the event; the same as the start for a one-day event."),
    )
    event_format = models.CharField(
        _("format"),
        max_length=16,
        choices=EventFormat.choices,
        default=EventFormat.IN_PERSON,
        help_text=_("Whether people met in person, online, or both."),
    )
    city = models.CharField(
        _("city"), max_length=100, blank=True, help_text=_("Leave empty for an online event.")
    )
    country = models.CharField(
        _("country"),
        max_length=3,
        choices=Country.choices,
        blank=True,
        help_text=_("Where it took place."),
    )
    students = models.PositiveIntegerField(
        _("number of students"),
        null=True,
        blank=True,
        help_text=_("Students of the department who took part, if any."),
    )
    contact_hours = models.PositiveIntegerField(
        _("contact hours"),
        null=True,
        blank=True,
        help_text=_("Hours of classes, seminars and webinars given, if counted."),
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))
    gallery = StreamField(GalleryStreamBlock(), blank=True, verbose_name=_("gallery"))
    no_channel_post = models.BooleanField(
        _("don't post to the Telegram channel"),
        default=False,
        help_text=_(
            "Keeps this story out of the department's Telegram channels, in every language. "
            "Set it before publishing: a post already sent stays in the channel."
        ),
    )

    objects = EventReportManager()

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("event_format"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
            ],
            heading=_("When and where"),
        ),
        PartnerLinksPanel(
            "partner_links",
            label=_("Host and partner organisations"),
            help_text=_("The host first."),
        ),
        InlinePanel("participants", label=_("Department participants")),
        FieldRowPanel([FieldPanel("students"), FieldPanel("contact_hours")]),
        FieldPanel("body"),
        FieldPanel("gallery"),
        InlinePanel("topic_links", label=_("Topics")),
    ]
    promote_panels = BasePage.promote_panels + [
        MultiFieldPanel([FieldPanel("no_channel_post")], heading=_("Telegram channel")),
    ]

    # Shown beside each result of the site search, which lists the page types that set it.
    search_result_kind = pgettext_lazy("kind of search result", "Event")
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("city"),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
        index.FilterField("kind"),
    ]

    api_fields = BasePage.api_fields + [
        APIField("kind"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("event_format"),
        APIField("city"),
        APIField("country"),
        APIField("students"),
        APIField("contact_hours"),
        APIField("partner_links"),
        APIField("participants"),
        APIField("body"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField(name, overridable=False)
        for name in (
            "kind",
            "start_date",
            "end_date",
            "event_format",
            "country",
            "students",
            "contact_hours",
            "partner_links",
            "participants",
            "topic_links",
            # "Don't post" is decided for the story, in every language, like its privacy.
            "no_channel_post",
        )
    ]

    class Meta:
        verbose_name = _("event report")
        verbose_name_plural = _("event reports")
        indexes = [
            models.Index(fields=["start_date"], name="event_start_date_idx"),
            models.Index(fields=["end_date"], name="event_end_date_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__gte=models.F("start_date")),
                name="event_ends_on_or_after_start",
            )
        ]

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date cannot be before the start date.")})

    @property
    def is_upcoming(self):
        return self.end_date >= timezone.localdate()

    @property
    def duration_days(self):
        return (self.end_date - self.start_date).days + 1

    def partners(self):
        links = self.partner_links.select_related("partner")
        return public_pages(localize_all([link.partner for link in links], self.locale_id))

    def participants_shown(self):
        """(person in the page's language, role label) for each participant, in order."""
        links = list(self.participants.select_related("person"))
        people = localize_all([link.person for link in links], self.locale_id)
        return [
            (person, link.get_role_display()) for person, link in zip(people, links, strict=True)
        ]

    def topics(self):
        return localize_all(
            [link.topic for link in self.topic_links.select_related("topic")], self.locale_id
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        topics = self.topics()
        context.update(
            partners=self.partners(),
            participants=self.participants_shown(),
            topics=topics,
            related_news=related_news(self, topics),
        )
        return context
