from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.urls import serve_pattern

from core import routing
from core.health import healthz
from core.page_create import add_page
from events.calendar import event_calendar, events_calendar
from events.feeds import EventsFeed
from news.feeds import NewsFeed
from search.views import search
from seo.sitemap import robots_txt, sitemap, sitemap_section
from site_config.api import api_router

wagtail_front_end_views = [
    pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"
]

# Outside the language prefix: the admin (its language follows the user's preference) and files.
urlpatterns = [
    # For the load balancer: database and cache status as JSON, 200 or 503.
    path("healthz", healthz, name="healthz"),
    # Wagtail's add-page form, safe against its own autosave (core/page_create.py). It shadows
    # Wagtail's view at the same path, which reverse("wagtailadmin_pages:add") still gives.
    path(
        "admin/pages/add/<slug:content_type_app_name>/<slug:content_type_model_name>/"
        "<int:parent_page_id>/",
        add_page,
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    # Every language's pages in one sitemap, each with its translations (hreflang).
    path("sitemap.xml", sitemap, name="sitemap"),
    path("sitemap-<int:section>.xml", sitemap_section, name="sitemap_section"),
    path("robots.txt", robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page lives under /uz/, /ru/ or /en/. A bare "/" gets a 404 from the resolver,
# which LocaleMiddleware turns into a redirect to the visitor's language (Accept-Language,
# falling back to LANGUAGE_CODE).
urlpatterns += i18n_patterns(
    # Before Wagtail's catch-all, which would otherwise look for pages with these slugs.
    path("search/", search, name="search"),
    path("news/feed/", NewsFeed(), name="news_feed"),
    path("events/feed/", EventsFeed(), name="events_feed"),
    path("events/calendar.ics", events_calendar, name="events_calendar"),
    path("events/ics/<int:page_id>.ics", event_calendar, name="event_calendar"),
    # Wagtail's front-end views (a restricted page's password form and login) before the page
    # catch-all, whose pattern matches their paths too.
    *wagtail_front_end_views,
    # Wagtail's page view, with routes remembered between requests (core.routing).
    re_path(serve_pattern, routing.serve, name="wagtail_serve"),
    prefix_default_language=True,
)
