"""The benchmark's own machinery at a tiny size: the bulk archive builder and the render table.

No timing is asserted: only that the pages exist as Wagtail expects them and the table has its
rows and numbers.
"""

import re

from wagtail.models import Page

import pytest

from bench.build_archive import ArchiveBuilder
from bench.render import RequestTimeout, bench_pages, format_table, interrupt_after, measure
from bench.run import combine, format_rows, small_size
from events.models import EventReportPage
from news.models import NewsArticlePage, NewsIndexPage
from partners.models import PartnerProfilePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(locales):
    return ArchiveBuilder(articles=20, events=4, partners=2, log=lambda message: None).build()


def test_builds_the_archive_in_every_language(archive, locales):
    assert archive["counts"] == {"articles": 20, "events": 4, "partners": 2}
    for locale in locales.values():
        assert (
            NewsArticlePage.objects.live()
            .filter(locale=locale, slug__startswith="bench-article-")
            .count()
            == 20
        )
        assert (
            EventReportPage.objects.live()
            .filter(locale=locale, slug__startswith="bench-event-")
            .count()
            == 4
        )
        assert (
            PartnerProfilePage.objects.live()
            .filter(locale=locale, slug__startswith="bench-partner-")
            .count()
            == 2
        )


def test_the_tree_stays_consistent(archive, locales):
    assert Page.find_problems() == ([], [], [], [], [])
    index = NewsIndexPage.objects.get(locale=locales["uz"])
    assert index.numchild == index.get_children().count() > 20


def test_bulk_pages_are_translations_of_each_other(archive, locales, client):
    article = NewsArticlePage.objects.get(locale=locales["uz"], slug="bench-article-7")
    translations = article.get_translations(inclusive=True).select_related("locale")
    assert {page.locale.language_code for page in translations} == {"uz", "ru", "en"}
    response = client.get(article.url)
    assert response.status_code == 200
    russian = translations.get(locale=locales["ru"])
    pattern = r'hreflang="ru" href="[^"]*' + re.escape(russian.url) + '"'
    assert re.search(pattern, response.content.decode())


def test_bulk_pages_are_in_the_search_index(archive, client):
    response = client.get("/en/search/?q=department+news+7")
    assert response.status_code == 200
    assert "Department news No. 7:" in response.content.decode()


def test_bulk_pages_are_listed(archive, locales, client):
    index = NewsIndexPage.objects.get(locale=locales["ru"])
    response = client.get(index.url)
    assert response.status_code == 200
    # The newest article (one a day back from today) leads the Russian listing.
    assert "Новость кафедры №1:" in response.content.decode()


def test_render_table_has_every_page_and_query_counts(archive):
    names = [name for name, _url in bench_pages()]
    assert names[:3] == ["home (uz)", "news index p1 (uz)", "news index last (uz)"]
    for name in (
        "article (uz)",
        "event index (uz)",
        "event report (uz)",
        "partner index (uz)",
        "partner profile (uz)",
        "search (uz)",
        "news feed (uz)",
        "events feed (uz)",
        "calendar (uz)",
        "home (ru)",
        "article (ru)",
        "sitemap",
    ):
        assert name in names
    article_url = dict(bench_pages())["article (uz)"]
    assert "/bench-article-" in article_url

    rows = measure([("article (uz)", article_url)], repeat=2, warmups=1)
    [row] = rows
    assert row["name"] == "article (uz)"
    assert row["status"] == 200
    assert isinstance(row["queries"], int) and row["queries"] > 0
    assert row["samples"] == 2
    assert row["median_ms"] > 0 and row["p95_ms"] >= row["median_ms"]
    assert "article (uz)" in format_table(rows)

    combined = combine(rows, rows)
    assert combined[0]["ratio_large_small"] == 1.0
    assert combined[0]["queries_large"] == combined[0]["queries_small"] == row["queries"]
    table = format_rows(combined, {"large": {}, "small": {}})
    assert "article (uz)" in table


def test_small_archive_keeps_the_proportions():
    large = {"articles": 10_000, "events": 2_000, "partners": 200}
    assert small_size(large, 100) == {"articles": 100, "events": 20, "partners": 2}


def test_a_query_that_never_ends_is_interrupted():
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("the interruption is SQLite's")
    endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT max(x) FROM c"
    with pytest.raises(RequestTimeout), interrupt_after(0.2), connection.cursor() as cursor:
        cursor.execute(endless)
