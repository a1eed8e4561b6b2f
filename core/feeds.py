"""RSS 2.0 feeds of one section of one language: the base of the news and events feeds.

Each feed lists the newest live public pages of the active language (the URL prefix), with the
summary as description. Its dates are publication dates, never in the future: an item's pubDate
is when the page was first published (a section may date its items otherwise, never later), and
the feed's lastBuildDate and Last-Modified the latest time one of them was published. The
number of queries does not grow with the number of items: URLs come from Wagtail's cached site
root paths.
"""

import datetime
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.db.models import F
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


def dated_publication(date, published_at):
    """The moment for a page that carries its own publication `date`, first published at
    `published_at`: that moment when it went out on its date or before (a date set ahead);
    midnight of its date when it is dated earlier (an older story put online later). Never
    after its first publication, so never in the future."""
    if published_at is None:
        return min(as_datetime(date), timezone.now())
    if timezone.localdate(published_at) <= date:
        return published_at
    return as_datetime(date)


class SectionFeed(Feed):
    """The newest pages under the section index `index_model` of the active language."""

    index_model = None
    item_model = None
    # A live page has been published, but one saved live without it would lead on PostgreSQL.
    ordering = (F("first_published_at").desc(nulls_last=True), "-pk")

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
            .order_by(*self.ordering)[:FEED_LENGTH]
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
        return item.first_published_at

    def item_updateddate(self, item):
        # RSS items carry no updated date, but Django's lastBuildDate is the latest of these.
        return item.last_published_at
