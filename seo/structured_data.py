"""What search engines and link previews read about a page: schema.org JSON-LD and the picture
used for Open Graph and Twitter cards.

Everything is built from data the page view has already loaded where possible: the page's live
translations (memoised by `core.i18n.live_translations`), the partners and events the page's
`get_context` has localised, and image renditions (kept in the renditions cache). The
breadcrumbs cost one query for the page's ancestors.
"""

import json
from contextlib import suppress
from dataclasses import dataclass

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.translation import get_language, gettext

from wagtail.images.models import SourceImageIOError

from core.i18n import live_translations, locale_homes
from core.identity import DEPARTMENT_NAME
from core.structure_cache import remember
from events.models import EventFormat, EventReportPage
from home.choices import Country
from news.models import NewsArticlePage
from partners.models import PartnerKind, PartnerProfilePage

SCHEMA_ORG = "https://schema.org"

# A landscape 1.91:1 picture is what Facebook, LinkedIn, Telegram and X show in a large card.
PREVIEW_IMAGE_FILTER = "fill-1200x630|format-jpeg"
# A partner without a main image is shown by its logo (PNG keeps a transparent background).
LOGO_IMAGE_FILTER = "max-600x600|format-png"

ATTENDANCE_MODES = {
    EventFormat.IN_PERSON: f"{SCHEMA_ORG}/OfflineEventAttendanceMode",
    EventFormat.ONLINE: f"{SCHEMA_ORG}/OnlineEventAttendanceMode",
    EventFormat.HYBRID: f"{SCHEMA_ORG}/MixedEventAttendanceMode",
}

# The other `Country` values are ISO 3166-1 alpha-2 codes.
NOT_COUNTRIES = {Country.EUROPEAN_UNION, Country.INTERNATIONAL}

# Characters that could end the <script> element or start markup, as JSON escapes.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def department_name():
    """The department's name in the active language (the site's name for previews)."""
    return str(DEPARTMENT_NAME)


# Helpers ---------------------------------------------------------------------------------------


def absolute_url(request, page):
    """The page's absolute URL on the host of the request, or None when it has no URL."""
    url = page.get_url(request)
    return request.build_absolute_uri(url) if url else None


def page_language(page):
    """The language code of `page`, without a query for its locale when possible."""
    for code, translation in live_translations(page).items():
        if translation.pk == page.pk:
            return code
    # A draft shown in preview is not among the live translations.
    if page.locale_id:
        return page.locale.language_code
    return get_language()


@dataclass(frozen=True)
class PreviewImage:
    url: str  # as the rendition gives it (relative unless a CDN storage is used)
    width: int
    height: int
    alt: str
    mime_type: str
    large: bool  # a wide picture for a large card, rather than a square logo


def preview_image(page):
    """The picture to show when the page is shared, or None. Memoised on the page."""
    if not hasattr(page, "_preview_image"):
        page._preview_image = _find_preview_image(page)
    return page._preview_image


def _find_preview_image(page):
    choices = [("hero_image", PREVIEW_IMAGE_FILTER, "image/jpeg", True)]
    if isinstance(page, PartnerProfilePage):
        choices.append(("logo", LOGO_IMAGE_FILTER, "image/png", False))
    for field, image_filter, mime_type, large in choices:
        # Checking the id first spares a query when there is no picture.
        if not getattr(page, f"{field}_id", None):
            continue
        image = getattr(page, field)
        try:
            rendition = image.get_rendition(image_filter)
        except SourceImageIOError:
            # The original file is missing: better no preview than an error page.
            continue
        return PreviewImage(
            url=rendition.url,
            width=rendition.width,
            height=rendition.height,
            alt=image.default_alt_text,
            mime_type=mime_type,
            large=large,
        )
    return None


def iso(value):
    """A date or datetime in ISO 8601, or None (a page being created may have no dates yet)."""
    return value.isoformat() if value else None


def compact(data):
    """`data` without the keys whose value is empty (None, "", [] or {})."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


def to_json_ld(data):
    """`data` as JSON safe to put inside <script type="application/ld+json">."""
    text = json.dumps(data, ensure_ascii=False, cls=DjangoJSONEncoder)
    return text.translate(SCRIPT_ESCAPES)


# Schema.org objects ----------------------------------------------------------------------------


def department(request):
    """The department as an Organization, linked to the home page of the active language."""
    home = locale_homes(request).get(get_language())
    return compact(
        {
            "@type": "Organization",
            "name": department_name(),
            "url": absolute_url(request, home) if home else None,
        }
    )


def partner_type(partner):
    return "CollegeOrUniversity" if partner.kind == PartnerKind.UNIVERSITY else "Organization"


def postal_address(city, country):
    return compact(
        {
            "@type": "PostalAddress",
            "addressLocality": city,
            "addressCountry": country if country not in NOT_COUNTRIES else None,
        }
    )


def partner_reference(request, partner):
    """A short mention of a partner: its type, name and profile page."""
    return compact(
        {
            "@type": partner_type(partner),
            "name": partner.title,
            "url": absolute_url(request, partner),
        }
    )


def image_urls(request, page):
    image = preview_image(page)
    return [request.build_absolute_uri(image.url)] if image else []


def news_article(page, request, partners=None, events=None):
    """A NewsArticle for a news page; `partners` and `events` as the page shows them."""
    if partners is None:
        partners = [partner for partner in page.partners() if partner.live]
    if events is None:
        events = [event for event in page.events() if event.live]
    url = absolute_url(request, page)
    return compact(
        {
            "@context": SCHEMA_ORG,
            "@type": "NewsArticle",
            "headline": page.title,
            "description": page.meta_description,
            "datePublished": iso(page.publication_date),
            "dateModified": iso(page.last_published_at),
            "image": image_urls(request, page),
            "inLanguage": page_language(page),
            "url": url,
            "mainEntityOfPage": url,
            "author": department(request),
            "publisher": department(request),
            "about": [
                compact(
                    {
                        "@type": "Event",
                        "name": event.title,
                        "startDate": iso(event.start_date),
                        "url": absolute_url(request, event),
                    }
                )
                for event in events
            ],
            "mentions": [partner_reference(request, partner) for partner in partners],
        }
    )


def event_location(request, page):
    """A Place for an event people met at, a VirtualLocation for an online one, or both."""
    locations = []
    if page.event_format != EventFormat.ONLINE and (page.city or page.country):
        country = page.get_country_display() if page.country else ""
        locations.append(
            compact(
                {
                    "@type": "Place",
                    "name": ", ".join(part for part in (page.city, country) if part),
                    "address": postal_address(page.city, page.country),
                }
            )
        )
    if page.event_format != EventFormat.IN_PERSON:
        locations.append({"@type": "VirtualLocation", "url": absolute_url(request, page)})
    if len(locations) == 1:
        return locations[0]
    return locations


def event(page, request):
    """An Event for an event page (announcement or report)."""
    return compact(
        {
            "@context": SCHEMA_ORG,
            "@type": "Event",
            "name": page.title,
            "description": page.meta_description,
            "startDate": iso(page.start_date),
            "endDate": iso(page.end_date),
            "eventStatus": f"{SCHEMA_ORG}/EventScheduled",
            "eventAttendanceMode": ATTENDANCE_MODES.get(page.event_format),
            "location": event_location(request, page),
            "organizer": department(request),
            "image": image_urls(request, page),
            "inLanguage": page_language(page),
            "url": absolute_url(request, page),
        }
    )


def partner(page, request):
    """A CollegeOrUniversity (universities) or Organization for a partner's profile page."""
    logo = None
    if page.logo_id:
        with suppress(SourceImageIOError):
            logo = request.build_absolute_uri(page.logo.get_rendition(LOGO_IMAGE_FILTER).url)
    address = postal_address(page.city, page.country)
    return compact(
        {
            "@context": SCHEMA_ORG,
            "@type": partner_type(page),
            "name": page.title,
            "url": page.website or absolute_url(request, page),
            "mainEntityOfPage": absolute_url(request, page),
            "description": page.meta_description,
            "address": address if len(address) > 1 else None,
            "logo": logo,
        }
    )


def breadcrumbs(page, request):
    """A BreadcrumbList from the language's home page down to `page` (one query)."""
    if page.depth and page.depth > 2:
        ancestors = remember(
            "ancestors", (page.path,), lambda: list(page.get_ancestors().filter(depth__gte=2))
        )
        trail = [*ancestors, page]
    else:
        trail = [page]
    items = []
    for crumb in trail:
        url = absolute_url(request, crumb)
        if url is None:
            continue
        name = gettext("Home") if crumb.depth == 2 else crumb.title
        items.append({"@type": "ListItem", "position": len(items) + 1, "name": name, "item": url})
    return {"@context": SCHEMA_ORG, "@type": "BreadcrumbList", "itemListElement": items}


def structured_data(page, request, context=None):
    """The JSON-LD objects for `page`: its main entity if it has one, then its breadcrumbs.

    `context` is the template context: the partners and events the page view has already
    localised are taken from it rather than queried again.
    """
    context = context or {}
    objects = []
    if isinstance(page, NewsArticlePage):
        objects.append(
            news_article(
                page,
                request,
                partners=context.get("related_partners"),
                events=context.get("related_events"),
            )
        )
    elif isinstance(page, EventReportPage):
        objects.append(event(page, request))
    elif isinstance(page, PartnerProfilePage):
        objects.append(partner(page, request))
    objects.append(breadcrumbs(page, request))
    return objects
