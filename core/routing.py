"""Wagtail's page view with the routing remembered: a known path costs one query, not six.

Wagtail finds a page by walking the tree from the site's root, a query or two per level, and
looks up the site and the locale on every request. The outcome (which page a path of a language
leads to) only changes when content changes, so it is kept in the structure cache; a cached
route is resolved with a single query for the page itself. Anything unusual (no site, a 404, a
route with arguments) goes through Wagtail's own routing unchanged.
"""

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import get_language

from wagtail import views as wagtail_views
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from core.structure_cache import STRUCTURE_TIMEOUT, cache, structure_key


def cached_site(request):
    """The request's Wagtail site (with its root page loaded), cached by host and port."""
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    key = structure_key("site", request._get_raw_host(), request.get_port())
    site = cache.get(key)
    if site is None:
        site = Site.find_for_request(request)
        if site is None:
            return None
        site.root_page  # noqa: B018 - loaded now so that it is pickled with the site
        cache.set(key, site, STRUCTURE_TIMEOUT)
    request._wagtail_site = site
    return site


def remembered_route(request, path):
    """Fill Wagtail's per-request route from the cache, or route and remember the outcome."""
    site = cached_site(request)
    if site is None:
        return
    key = structure_key("route", site.pk, get_language(), path)
    known = cache.get(key)
    if known is not None:
        content_type_id, page_id = known
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        pages = model._default_manager.filter(pk=page_id, live=True) if model else None
        if pages is not None and any(f.name == "hero_image" for f in model._meta.fields):
            pages = pages.select_related("hero_image")
        page = pages.first() if pages is not None else None
        if page is not None:
            request._wagtail_route_for_request = RouteResult(page)
            return
    result = Page.route_for_request(request, path)
    if result is None:
        return
    page, args, kwargs = result
    if not args and not kwargs:
        cache.set(key, (page.content_type_id, page.pk), STRUCTURE_TIMEOUT)


def serve(request, path):
    remembered_route(request, path)
    return wagtail_views.serve(request, path)
