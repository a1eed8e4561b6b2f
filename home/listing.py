"""Reading listing parameters from the query string. A bad value is a 404, never a 500."""

import re

from django.core.paginator import EmptyPage, Paginator
from django.http import Http404

from wagtail.models import PageManager

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


def paginate(request, queryset, per_page):
    """The requested page of `queryset`; a missing page number means the first one."""
    number = optional_int(request.GET, "page") or 1
    paginator = Paginator(queryset, per_page)
    try:
        return paginator.page(number)
    except EmptyPage:
        # An empty listing still has its first page (Paginator allows it); past the end is 404.
        raise Http404 from None


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


class ListingManager(PageManager):
    """Manager of a page type shown in listings; its queryset defines `for_listing()`."""

    def listing(self, locale_id):
        """Live public pages of one language, ready for a listing (images, links prefetched)."""
        return self.get_queryset().live().public().filter(locale_id=locale_id).for_listing()
