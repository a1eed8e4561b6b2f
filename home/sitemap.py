"""/sitemap.xml with hreflang alternates, and /robots.txt pointing at it.

Wagtail's own sitemap lists pages but not their translations; search engines want each URL with
links to the same page in the other languages (`xhtml:link rel="alternate" hreflang`), plus an
x-default (the Uzbek version). All live public pages of every locale come in one query and are
grouped by translation key in Python; URLs come from Wagtail's cached site root paths.
"""

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from wagtail.models import Page


def sitemap_entries(request):
    """[{"loc", "lastmod", "alternates": [(hreflang, url)]}] for every live public page."""
    pages = (
        Page.objects.live()
        .public()
        .filter(depth__gte=2)
        .select_related("locale")
        .only(
            "id",
            "path",
            "url_path",
            "translation_key",
            "locale__language_code",
            "last_published_at",
            "latest_revision_created_at",
        )
        .order_by("path")
    )
    entries = []
    translations = {}
    for page in pages:
        url = page.get_url(request)
        if url is None:
            # Not under any site: there is no address to give.
            continue
        lastmod = page.last_published_at or page.latest_revision_created_at
        entry = {
            "key": page.translation_key,
            "loc": request.build_absolute_uri(url),
            # W3C Datetime; whole seconds are plenty for a crawler.
            "lastmod": lastmod.replace(microsecond=0) if lastmod else None,
        }
        entries.append(entry)
        translations.setdefault(page.translation_key, {})[page.locale.language_code] = entry["loc"]

    for entry in entries:
        urls = translations[entry["key"]]
        entry["alternates"] = [
            (code, urls[code]) for code, _name in settings.LANGUAGES if code in urls
        ]
        if settings.LANGUAGE_CODE in urls:
            entry["alternates"].append(("x-default", urls[settings.LANGUAGE_CODE]))
    return entries


@require_safe
def sitemap(request):
    return render(
        request,
        "sitemap.xml",
        {"entries": sitemap_entries(request)},
        content_type="application/xml; charset=utf-8",
    )


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
