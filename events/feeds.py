"""RSS 2.0 feed of one language's events and event reports (/<lang>/events/feed/).

The newest 30 by start date, upcoming ones included; the start date is the pubDate.
"""

from django.utils.translation import gettext

from core.feeds import SectionFeed
from core.identity import naming_department
from events.models import EventIndexPage, EventReportPage


class EventsFeed(SectionFeed):
    index_model = EventIndexPage
    item_model = EventReportPage
    date_field = "start_date"

    def description(self, source):
        return naming_department(
            gettext("%(department)s: upcoming events and reports on past ones.")
        )
