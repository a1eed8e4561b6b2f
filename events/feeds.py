"""RSS 2.0 feed of one language's events and event reports (/<lang>/events/feed/).

The 30 published last, upcoming events included. An item's pubDate is when its page was first
published, not the event's start, which may lie ahead; the dates and place of the event open
its description, as the event cards show them.
"""

import html

from django.template.loader import render_to_string
from django.utils.html import strip_tags
from django.utils.translation import gettext

from core.feeds import SectionFeed
from core.identity import naming_department
from events.models import EventIndexPage, EventReportPage


def plain(rendered):
    """The text of a rendered template fragment, spaces collapsed."""
    return " ".join(html.unescape(strip_tags(rendered)).split())


def event_facts(event):
    """When and where, as the event's card writes them: "5–10 June 2023, Moscow, Russia"."""
    dates = plain(
        render_to_string(
            "includes/date_range.html", {"start": event.start_date, "end": event.end_date}
        )
    )
    place = plain(render_to_string("includes/event_place.html", {"event": event}))
    return ", ".join(part for part in (dates, place) if part)


class EventsFeed(SectionFeed):
    index_model = EventIndexPage
    item_model = EventReportPage

    def description(self, source):
        return naming_department(
            gettext("%(department)s: upcoming events and reports on past ones.")
        )

    def item_description(self, item):
        return " — ".join(part for part in (event_facts(item), item.summary) if part)
