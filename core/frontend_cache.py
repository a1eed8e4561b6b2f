"""Purge from the CDN or caching proxy everything that shows a page that was (un)published.

Wagtail's own handler (wagtail.contrib.frontend_cache) purges the page's URL. This adds what
lists or links to it in the same language: its ancestors up to the language's home page (index
listings, the home page's latest news and events), its live translations (language switcher),
that language's feeds and calendar, and the sitemap; and each Uzbek one in the other scripts
(core.scripts), the page's own included. Only when WAGTAILFRONTENDCACHE is set.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.dispatch import receiver
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.signals import page_published, page_unpublished

from core.scripts import active_variants, variant_url

LANGUAGE_URL_NAMES = ("news_feed", "events_feed", "events_calendar")
SITE_URL_NAMES = ("sitemap",)


def related_urls(page):
    """Full URLs of the pages and feeds that show `page`, not counting the page itself."""
    url_parts = page.get_url_parts()
    if url_parts is None:
        return set()
    root_url = url_parts[1].rstrip("/")
    batch = PurgeBatch()
    batch.add_pages(page.get_ancestors().filter(depth__gte=2).live())
    batch.add_pages(page.get_translations().live())
    with translation.override(page.locale.language_code):
        for name in LANGUAGE_URL_NAMES + SITE_URL_NAMES:
            try:
                batch.add_url(root_url + reverse(name))
            except NoReverseMatch:
                continue
    page_url = root_url + url_parts[2]
    return in_every_script({*batch.urls, page_url}, urlsplit(root_url).netloc) - {page_url}


def in_every_script(urls, host):
    """`urls` and, for each Uzbek one, the same page in each of today's other scripts."""
    return urls | {variant_url(url, script, {host}) for url in urls for script in active_variants()}


def purge_related_urls(page):
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    PurgeBatch(related_urls(page)).purge()


@receiver(page_published, dispatch_uid="core.frontend_cache.published")
def purge_on_publish(sender, instance, **kwargs):
    purge_related_urls(instance)


@receiver(page_unpublished, dispatch_uid="core.frontend_cache.unpublished")
def purge_on_unpublish(sender, instance, **kwargs):
    purge_related_urls(instance)
