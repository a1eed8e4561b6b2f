"""/sitemap.xml with hreflang alternates, and /robots.txt pointing at it.

Wagtail's own sitemap lists pages but not their translations; search engines want each URL with
links to the same page in the other languages (`xhtml:link rel="alternate" hreflang`), plus an
x-default (the Uzbek version). Uzbek pages are listed in each of today's scripts too
(/uz-cyrl/…, core.scripts), with the same alternates, so a section of SECTION_SIZE pages holds
more URLs than that. All live public pages of every locale come in one query and are grouped by
translation key in Python; URLs come from Wagtail's cached site root paths.
"""

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from wagtail.models import Page

from core.privacy import public
from core.scripts import (
    SOURCE_LANGUAGE,
    active_variants,
    own_hosts,
    variant_url,
    with_script_variants,
)
from core.site_url import absolute_uri

# At most this many URLs in one sitemap file (the protocol allows 50,000 and 50 MB): a larger
# site gets a sitemap index at /sitemap.xml pointing at /sitemap-1.xml, /sitemap-2.xml, …
SECTION_SIZE = 2000
PAGE_FIELDS = (
    "id",
    "path",
    "url_path",
    "translation_key",
    "locale__language_code",
    "last_published_at",
    "latest_revision_created_at",
)


def listed_pages():
    """Every live public page of every locale (not Wagtail's root), in tree order."""
    return (
        public(Page.objects.filter(depth__gte=2))
        .select_related("locale")
        .only(*PAGE_FIELDS)
        .order_by("path")
    )


def absolute_urls(request, pages):
    """{page: absolute URL} for the pages that have one (those under a site)."""
    urls = {}
    for page in pages:
        url = page.get_url(request)
        if url is not None:
            urls[page] = absolute_uri(request, url)
    return urls


def sitemap_entries(request, pages=None):
    """[{"loc", "lastmod", "alternates": [(hreflang, url)]}] for `pages` (default: all).

    The alternates of a slice of pages are read in one more query, by translation key.
    """
    whole_site = pages is None
    pages = list(listed_pages() if whole_site else pages)
    locs = absolute_urls(request, pages)
    keys = {page.translation_key for page in pages}
    relatives = pages if whole_site else listed_pages().filter(translation_key__in=keys)
    translations = {}
    for page, url in absolute_urls(request, relatives).items():
        translations.setdefault(page.translation_key, {})[page.locale.language_code] = url

    entries = []
    for page in pages:
        if page not in locs:
            # Not under any site: there is no address to give.
            continue
        urls = translations.get(page.translation_key, {})
        alternates = [(code, urls[code]) for code, _name in settings.LANGUAGES if code in urls]
        alternates = with_script_variants(alternates, request)
        if settings.LANGUAGE_CODE in urls:
            alternates.append(("x-default", urls[settings.LANGUAGE_CODE]))
        lastmod = page.last_published_at or page.latest_revision_created_at
        # W3C Datetime; whole seconds are plenty for a crawler.
        lastmod = lastmod.replace(microsecond=0) if lastmod else None
        # An Uzbek page is listed in each of today's scripts too, right after itself.
        for loc in page_and_script_variants(request, page, locs[page]):
            entries.append({"loc": loc, "lastmod": lastmod, "alternates": alternates})
    return entries


def page_and_script_variants(request, page, loc):
    if page.locale.language_code != SOURCE_LANGUAGE:
        return [loc]
    hosts = own_hosts(request)
    return [loc, *(variant_url(loc, script, hosts) for script in active_variants())]


def render_urlset(request, entries):
    return render(
        request, "sitemap.xml", {"entries": entries}, content_type="application/xml; charset=utf-8"
    )


@require_safe
def sitemap(request):
    """All pages in one file, or an index of sections once there are more than SECTION_SIZE."""
    total = listed_pages().count()
    if total <= SECTION_SIZE:
        return render_urlset(request, sitemap_entries(request))
    sections = [
        absolute_uri(request, reverse("sitemap_section", args=[number]))
        for number in range(1, (total - 1) // SECTION_SIZE + 2)
    ]
    return render(
        request,
        "sitemap_index.xml",
        {"sections": sections},
        content_type="application/xml; charset=utf-8",
    )


@require_safe
def sitemap_section(request, section):
    start = (section - 1) * SECTION_SIZE
    if section < 1 or start >= listed_pages().count():
        raise Http404
    pages = listed_pages()[start : start + SECTION_SIZE]
    return render_urlset(request, sitemap_entries(request, pages))


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "",
        f"Sitemap: {absolute_uri(request, reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
