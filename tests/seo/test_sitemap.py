"""/sitemap.xml: every live public page of every language with its hreflang alternates; robots."""

import datetime
import xml.etree.ElementTree as ET

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, PageViewRestriction

import pytest

from core.privacy import public
from events.models import EventIndexPage
from home.models import ContentPage
from news.models import NewsIndexPage
from tests.factories import EventReportPageFactory, NewsArticlePageFactory
from tests.helpers import by_language

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def get_sitemap(client):
    """{loc: {"lastmod": str | None, "alternates": {hreflang: href}}} from /sitemap.xml."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    root = ET.fromstring(response.content)
    assert root.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}urlset"
    entries = {}
    for url in root.findall("sm:url", NS):
        loc = url.findtext("sm:loc", namespaces=NS)
        assert loc not in entries
        alternates = {}
        for link in url.findall("xhtml:link", NS):
            assert link.get("rel") == "alternate"
            alternates[link.get("hreflang")] = link.get("href")
        entries[loc] = {
            "lastmod": url.findtext("sm:lastmod", namespaces=NS),
            "alternates": alternates,
        }
    return entries


def full_url(page):
    return f"http://testserver{page.url}"


def cyrillic_url(page):
    """The Uzbek page in Cyrillic (core.scripts), listed beside it."""
    return f"http://testserver/uz-cyrl/{page.url.removeprefix('/uz/')}"


def expected_pages():
    return public(Page.objects.filter(depth__gte=2))


def expected_locs():
    """Every page's URL, and each Uzbek page's Cyrillic URL."""
    pages = expected_pages().select_related("locale")
    return {full_url(page) for page in pages} | {
        cyrillic_url(page) for page in pages if page.locale.language_code == "uz"
    }


def test_sitemap_lists_every_live_public_page_of_every_language(client, locales):
    entries = get_sitemap(client)
    pages = expected_pages()

    assert len(pages) > 20
    assert set(entries) == expected_locs()
    assert "http://testserver/uz-cyrl/events/sechenov-2023/" in entries
    for language in ("uz", "ru", "en"):
        assert f"http://testserver/{language}/" in entries
        assert f"http://testserver/{language}/events/sechenov-2023/" in entries


def test_each_url_names_its_translations_and_the_uzbek_default(client, sechenov):
    entries = get_sitemap(client)
    expected = {
        "uz": full_url(sechenov["uz"]),
        "uz-Cyrl": "http://testserver/uz-cyrl/events/sechenov-2023/",
        "ru": full_url(sechenov["ru"]),
        "en": full_url(sechenov["en"]),
        "x-default": full_url(sechenov["uz"]),
    }

    for language in ("uz", "ru", "en"):
        assert entries[full_url(sechenov[language])]["alternates"] == expected
    assert entries[expected["uz-Cyrl"]]["alternates"] == expected


def test_home_pages_are_alternates_of_each_other(client, homes):
    entries = get_sitemap(client)

    assert entries["http://testserver/ru/"]["alternates"] == {
        "uz": "http://testserver/uz/",
        "uz-Cyrl": "http://testserver/uz-cyrl/",
        "ru": "http://testserver/ru/",
        "en": "http://testserver/en/",
        "x-default": "http://testserver/uz/",
    }


def test_every_entry_has_a_w3c_lastmod(client, locales):
    for entry in get_sitemap(client).values():
        assert entry["lastmod"]
        datetime.datetime.fromisoformat(entry["lastmod"])


def test_page_without_translations_has_only_itself_and_x_default(client, homes):
    page = homes["uz"].add_child(instance=ContentPage(title="Faqat oʻzbekcha", slug="faqat"))

    entry = get_sitemap(client)[full_url(page)]

    assert entry["alternates"] == {
        "uz": full_url(page),
        "uz-Cyrl": cyrillic_url(page),
        "x-default": full_url(page),
    }


def test_page_only_in_english_has_no_x_default(client, homes):
    page = homes["en"].add_child(instance=ContentPage(title="English only", slug="english-only"))

    entry = get_sitemap(client)[full_url(page)]

    assert entry["alternates"] == {"en": full_url(page)}


# What must not be in the sitemap ------------------------------------------------------------


def test_unpublished_pages_are_left_out_everywhere(client, sechenov):
    sechenov["ru"].unpublish()

    entries = get_sitemap(client)
    assert full_url(sechenov["ru"]) not in entries
    assert "ru" not in entries[full_url(sechenov["en"])]["alternates"]
    assert full_url(sechenov["ru"]) not in str(entries)


def test_draft_pages_and_changes_are_left_out(client, homes, sechenov):
    draft = homes["en"].add_child(
        instance=ContentPage(title="Draft", slug="draft-only", live=False)
    )
    report = sechenov["en"]
    report.slug = "quixotic-draft-slug"
    report.save_revision()

    entries = get_sitemap(client)
    assert full_url(draft) not in entries
    assert "quixotic" not in str(entries)
    assert "http://testserver/en/events/sechenov-2023/" in entries


def test_private_pages_and_their_children_are_left_out(client, sechenov):
    events = by_language(EventIndexPage)
    PageViewRestriction.objects.create(
        page=events["en"], restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )

    entries = get_sitemap(client)
    # The restriction covers the section in every language (core.privacy).
    for language in ("uz", "ru", "en"):
        assert full_url(events[language]) not in entries
        assert full_url(sechenov[language]) not in entries
    assert set(entries) == expected_locs()
    assert full_url(by_language(NewsIndexPage)["en"]) in entries


def test_private_report_is_left_out(client, sechenov):
    PageViewRestriction.objects.create(
        page=sechenov["uz"], restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )

    entries = get_sitemap(client)
    for language in ("uz", "ru", "en"):
        assert full_url(sechenov[language]) not in entries
    assert "sechenov-2023" not in str(entries)


# robots.txt ------------------------------------------------------------------------------------


def test_robots_txt_points_to_the_sitemap_and_keeps_out_of_the_admin(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert [line for line in lines if line.startswith("Disallow:")] == ["Disallow: /admin/"]


def test_robots_txt_uses_the_host_it_was_asked_on(client):
    response = client.get("/robots.txt", headers={"host": "example.org"}, secure=True)

    assert "Sitemap: https://example.org/sitemap.xml" in response.content.decode().splitlines()


# Queries ---------------------------------------------------------------------------------------


def test_sitemap_queries_do_not_grow_with_the_pages(client, locales, django_assert_max_num_queries):
    assert client.get("/sitemap.xml").status_code == 200  # warm caches (site root paths)
    with CaptureQueriesContext(connection) as queries:
        client.get("/sitemap.xml")
    first = len(queries)
    NewsArticlePageFactory.create_daily(20, parent=by_language(NewsIndexPage)["en"])
    EventReportPageFactory.create_weekly(20, parent=by_language(EventIndexPage)["ru"])
    client.get("/sitemap.xml")  # the change started a new generation: warm it as before

    with django_assert_max_num_queries(first):
        entries = get_sitemap(client)
    assert len(entries) == len(expected_locs())


def test_a_large_site_gets_a_sitemap_index_of_sections(client, monkeypatch):
    from xml.etree import ElementTree

    from seo import sitemap as sitemap_module

    whole = ElementTree.fromstring(client.get("/sitemap.xml").content)
    every_url = [url.find(f"{{{NS['sm']}}}loc").text for url in whole]
    monkeypatch.setattr(sitemap_module, "SECTION_SIZE", 10)

    index = ElementTree.fromstring(client.get("/sitemap.xml").content)
    assert index.tag == f"{{{NS['sm']}}}sitemapindex"
    sections = [entry.find(f"{{{NS['sm']}}}loc").text for entry in index]
    # Sections are counted in pages; an Uzbek page's script variants go with it.
    assert len(sections) == (expected_pages().count() + 9) // 10
    assert sections[0] == "http://testserver/sitemap-1.xml"

    listed = []
    for section in sections:
        urlset = ElementTree.fromstring(
            client.get(section.removeprefix("http://testserver")).content
        )
        for url in urlset:
            listed.append(url.find(f"{{{NS['sm']}}}loc").text)
            # Each entry still names its translations, even those in another section.
            hreflangs = {link.get("hreflang") for link in url.findall(f"{{{NS['xhtml']}}}link")}
            assert "x-default" in hreflangs or len(hreflangs) <= 1
    assert listed == every_url
    past_the_end = f"/sitemap-{len(sections) + 1}.xml"
    assert client.get(past_the_end).status_code == 404
    assert client.get("/sitemap-0.xml").status_code == 404
