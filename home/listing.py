"""Reading listing parameters from the query string. A bad value is a 404, never a 500."""

import re

from django.core.paginator import EmptyPage, Paginator
from django.db.models import Q
from django.http import Http404

from wagtail.models import PageManager
from wagtail.query import PageQuerySet

from home.structure_cache import remember, restricted_sections

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


class SitePageQuerySet(PageQuerySet):
    """Wagtail's page queryset, with `public()` reading the view restrictions from the cache."""

    def private_q(self):
        q = Q()
        for _id, path, depth in restricted_sections():
            q |= Q(path__startswith=path, depth__gte=depth)
        # Matches nothing when no section is private, as in Wagtail.
        return q if q else Q(pk__in=[])


def public_pages(pages):
    """`pages` without those anonymous readers may not see: not live, or under a view
    restriction (password, login, groups) on the page or an ancestor. No query when the
    restrictions are cached.

    For pages reached through links (related events and partners), which `.public()` on a
    queryset does not cover.
    """
    pages = [page for page in pages if page.live]
    if not pages:
        return pages
    restricted = tuple(path for _id, path, _depth in restricted_sections())
    return [page for page in pages if not page.path.startswith(restricted)]


class ListingManager(PageManager):
    """Manager of a page type shown in listings; its queryset defines `for_listing()`."""

    def listing(self, locale_id):
        """Live public pages of one language, ready for a listing (images, links prefetched)."""
        return self.get_queryset().live().public().filter(locale_id=locale_id).for_listing()
