"""Listings: their pages of results, and their parameters read from the query string.

A bad value is a 404, never a 500. What a listing may show is core.privacy's to say.
"""

import re

from django.core.paginator import EmptyPage, Paginator
from django.http import Http404

from wagtail.models import PageManager

from core.privacy import PublicPageQuerySet
from core.structure_cache import remember

MAX_PAGE_NUMBER = 100_000
SLUG = re.compile(r"[-a-zA-Z0-9_]{1,255}")


def positive_int(value, *, maximum=MAX_PAGE_NUMBER):
    """`value` as an int in 1..maximum; Http404 for anything else (letters, 0, -1, 10**40)."""
    if not value.isascii() or not value.isdigit() or len(value) > len(str(maximum)):
        raise Http404
    number = int(value)
    if not 1 <= number <= maximum:
        raise Http404
    return number


def optional_int(params, name, **kwargs):
    value = params.get(name, "")
    return positive_int(value, **kwargs) if value != "" else None


def paginate(request, queryset, per_page, count_key=None):
    """The requested page of `queryset`; a missing page number means the first one.

    With `count_key` (what identifies this listing and its filters), the number of items is kept
    in the structure cache: counting a large archive costs more than showing a page of it. The
    page gets `elided_range`: the page numbers to show, with Paginator.ELLIPSIS for gaps.
    """
    number = optional_int(request.GET, "page") or 1
    paginator = Paginator(queryset, per_page)
    if count_key is not None:
        # Paginator.count is a cached property: set, it is never computed.
        paginator.count = remember("listing-count", count_key, queryset.count)
    try:
        page = paginator.page(number)
    except EmptyPage:
        # An empty listing still has its first page (Paginator allows it); past the end is 404.
        raise Http404 from None
    page.elided_range = list(paginator.get_elided_page_range(number, on_each_side=2, on_ends=1))
    return page


def distinct_years(listing, pages, date_field):
    """The years of `date_field` among `pages`, newest first: the year filter of `listing`.

    A scan of the whole archive; the answer only changes when content does, so it is kept in
    the structure cache.
    """

    def scan():
        dates = pages.order_by().dates(date_field, "year", order="DESC")
        return [date.year for date in dates]

    return remember("years", (listing.pk, date_field), scan)


def filter_key(listing, params, *extra):
    """A cache key for `listing` (a page) with the filters of `params`, page number aside."""
    filters = sorted((name, value) for name, value in params.items() if name != "page")
    return (listing.pk, *extra, *filters)


def optional_slug(params, name):
    """`params[name]` if it is a well-formed slug, None when absent; Http404 for anything else.

    Checked before it reaches the database: PostgreSQL refuses strings with NUL bytes.
    """
    value = params.get(name, "")
    if value == "":
        return None
    if not SLUG.fullmatch(value):
        raise Http404
    return value


class ListingManager(PageManager.from_queryset(PublicPageQuerySet)):
    """Manager of a page type shown in listings; its queryset defines `for_listing()`."""

    def listing(self, locale_id):
        """Live public pages of one language, ready for a listing (images, links prefetched)."""
        return self.get_queryset().live().public().filter(locale_id=locale_id).for_listing()
