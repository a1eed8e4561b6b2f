"""RSS 2.0 feeds of one section of one language: the base of the news and events feeds.

Each feed lists the newest live public pages of the active language (the URL prefix), with the
summary as description and the page's own date as pubDate. The number of queries does not grow
with the number of items: URLs come from Wagtail's cached site root paths.
"""

import datetime
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest
from django.utils import timezone

from wagtail.models import Locale, Page

from core.identity import DEPARTMENT_NAME

FEED_LENGTH = 30


@dataclass
class FeedSource:
    request: HttpRequest
    locale: Locale
    index: Page


def as_datetime(date):
    """Midnight at the start of `date` in the site's time zone (RSS wants a date and time)."""
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time.min))


class SectionFeed(Feed):
    """The newest pages under the section index `index_model` of the active language."""

    index_model = None
    item_model = None
    date_field = ""

    def get_object(self, request):
        locale = Locale.get_active()
        index = self.index_model.objects.live().public().filter(locale=locale).first()
        if index is None:
            raise Http404
        return FeedSource(request=request, locale=locale, index=index)

    def title(self, source):
        return f"{source.index.title} — {DEPARTMENT_NAME}"

    def link(self, source):
        return source.index.get_url(source.request)

    def items(self, source):
        items = list(
            self.item_model.objects.live()
            .public()
            .filter(locale=source.locale)
            .defer_streamfields()
            .order_by(f"-{self.date_field}", "-pk")[:FEED_LENGTH]
        )
        for item in items:
            # item_link() gets only the item; Django adds the scheme and host.
            item.feed_link = item.get_url(source.request)
        return items

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.feed_link

    def item_pubdate(self, item):
        return as_datetime(getattr(item, self.date_field))
