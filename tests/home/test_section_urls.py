"""Links to the sections (news, events, partners) come from the section pages themselves.

Covers `{% section_url %}` (home/templatetags/site_tags.py): a section renamed in one language is
linked under its new address from the home page, the menu, articles, event reports and search,
while the other languages keep theirs; a section with no live page is left out rather than linked
to a guessed address; and on a warm cache any number of uses costs no query.
"""

import re

from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

import pytest

from events.models import EventIndexPage, EventReportPage
from news.models import NewsArticlePage, NewsIndexPage
from partners.models import PartnerIndexPage
from tests.helpers import by_language

pytestmark = pytest.mark.django_db

SECTIONS = (
    "{% load site_tags %}"
    '{% section_url "news.NewsIndexPage" %}|'
    '{% section_url "events.EventIndexPage" %}|'
    '{% section_url "partners.PartnerIndexPage" %}'
)
# A page of the old news section; the feeds have routes of their own (site_config/urls.py).
OLD_NEWS = r"/ru/news/(?!feed/)[^\"]*"


def rename(page, slug):
    page.slug = slug
    page.save_revision().publish()


def links(html, pattern):
    """The href of every link in `html` whose address matches `pattern`."""
    return re.findall(rf'href="({pattern})"', html)


def render_sections(language):
    request = RequestFactory().get(f"/{language}/")
    with translation.override(language):
        template = Template(SECTIONS)
        return template.render(Context({"request": request, "LANGUAGE_CODE": language}))


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_each_section_is_found_under_the_home_of_the_language(locales, language):
    assert render_sections(language).split("|") == [
        by_language(NewsIndexPage)[language].url,
        by_language(EventIndexPage)[language].url,
        by_language(PartnerIndexPage)[language].url,
    ]


def test_a_renamed_section_is_linked_from_the_home_page_and_menu(client, locales):
    rename(by_language(NewsIndexPage)["ru"], "novosti")

    html = client.get("/ru/").content.decode()
    main_nav = html[html.index('<nav class="main-nav"') : html.index("</nav>")]
    footer = html[html.index('<footer class="site-footer">') :]

    assert links(html, r"/ru/novosti/") == ["/ru/novosti/", "/ru/novosti/"]  # menu, "All news"
    assert links(main_nav, r"/ru/novosti/") == ["/ru/novosti/"]
    assert links(html, OLD_NEWS) == []
    assert links(footer, r"/ru/[^\"]*") == []
    # The feed has its own route, not the section's page.
    assert 'href="/ru/news/feed/"' in html
    # The other languages keep their address.
    assert links(client.get("/uz/").content.decode(), r"/uz/news/") == ["/uz/news/", "/uz/news/"]


def test_articles_event_reports_and_search_follow_a_renamed_section(client, locales, sechenov):
    rename(by_language(NewsIndexPage)["ru"], "novosti")
    rename(by_language(EventIndexPage)["ru"], "meropriyatiya")
    article = NewsArticlePage.objects.live().filter(locale=locales["ru"]).first()
    report = EventReportPage.objects.get(pk=sechenov["ru"].pk)
    assert article.url.startswith("/ru/novosti/") and report.topics()

    article_html = client.get(article.url).content.decode()
    report_html = client.get(report.url).content.decode()
    search_html = client.get("/ru/search/?q=nothing-like-this").content.decode()
    search_suggestions = search_html[search_html.index('class="empty-state search-empty"') :]

    assert '<p class="back-link"><a href="/ru/novosti/">' in article_html
    assert '<p class="back-link"><a href="/ru/meropriyatiya/">' in report_html
    assert links(report_html, r"/ru/novosti/\?topic=[-\w]+")
    assert links(report_html, OLD_NEWS) == []
    assert links(search_suggestions, r"/ru/[^\"]*") == [
        "/ru/novosti/",
        "/ru/meropriyatiya/",
        "/ru/partners/",
    ]


def test_a_section_without_a_live_page_is_left_out(client, locales):
    by_language(PartnerIndexPage)["en"].unpublish()

    html = client.get("/en/").content.decode()

    assert render_sections("en").split("|")[2] == ""
    assert 'aria-labelledby="partners"' not in html
    assert links(html, r"/en/partners/") == []
    assert links(html, r"/en/news/") == ["/en/news/", "/en/news/"]


def test_no_query_per_use_on_a_warm_cache(locales):
    render_sections("ru")  # fills the structure cache
    request = RequestFactory().get("/ru/")
    context = Context({"request": request, "LANGUAGE_CODE": "ru"})
    with translation.override("ru"):
        Template(SECTIONS).render(context)  # finds the request's site (one query)
        with CaptureQueriesContext(connection) as queries:
            urls = Template(SECTIONS * 3).render(context)

    assert len(queries) == 0
    assert urls.count("/ru/news/") == 3


def test_a_misspelt_section_type_fails_loudly(locales):
    with pytest.raises(LookupError):
        Template('{% load site_tags %}{% section_url "news.NewsIndex" %}').render(
            Context({"request": RequestFactory().get("/ru/"), "LANGUAGE_CODE": "ru"})
        )
