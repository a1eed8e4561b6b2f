"""The Uzbek site in each script (core.scripts): /uz-cyrl/… in Cyrillic, /uz-latn-2026/… in the new
Latin alphabet from its date on; links, hreflang, sitemap, feeds, calendars, JSON-LD, the page
cache and the query budget. Conversion of hand-made documents: test_transliterate.py."""

import datetime
import json
import re

from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone

import pytest
from icalendar import Calendar

from core import page_cache, scripts
from home.models import ContentPage, SiteDetails
from tests.helpers import count_queries

pytestmark = pytest.mark.django_db

REPORT = "events/sechenov-2023/"
CYRILLIC_REPORT = f"/uz-cyrl/{REPORT}"


def html(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return response.content.decode()


def json_ld(page_html):
    return [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', page_html)
    ]


def hrefs(page_html):
    return re.findall(r'\shref="([^"]*)"', page_html)


def alternates(page_html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', page_html))


def script_switch(page_html):
    found = re.search(r'<nav class="script-switcher".*?</nav>', page_html, re.S)
    return found.group(0) if found else ""


@pytest.fixture
def new_latin_on(settings):
    settings.UZ_NEW_LATIN_FROM = timezone.localdate()


# The Sechenov report in Cyrillic ------------------------------------------------------------------


def test_the_report_reads_in_cyrillic_with_its_dates_figures_and_participants(client, sechenov):
    page = html(client, CYRILLIC_REPORT)

    assert '<html lang="uz-Cyrl">' in page
    assert "<h1>Сеченов университетида академик мобиллик: тажриба алмашиш сафари</h1>" in page
    # Dates (2023-yil 5–10-iyun), the key figures and the participants.
    assert re.search(r"2023.йил 5</time>.*10.июн", page)
    assert '<span class="figures__label">нафар талаба</span>' in page
    for name in ("Д. Р. Худоярова", "С. А. Тилявова", "З. А. Шопулотова", "Ш. А. Шопулотов"):
        assert f"<strong>{name}</strong>" in page
    assert "Делегация раҳбари" in page
    # Menus, interface strings and the footer too.
    assert ">Янгиликлар</a>" in page
    assert "Самарқанд давлат тиббиёт университети" in page
    for latin in ("Xudoyarova", "Delegatsiya", "nafar talaba", "Yangiliklar", "universitetida"):
        assert latin not in page


def test_the_latin_page_is_unchanged_and_offers_the_cyrillic_one(client, sechenov):
    page = html(client, f"/uz/{REPORT}")

    assert '<html lang="uz">' in page
    assert "Sechenov universitetida akademik mobillik" in page
    switch = script_switch(page)
    assert f'<a href="/uz/{REPORT}" hreflang="uz" aria-current="true" class="is-current">' in switch
    assert f'<a href="{CYRILLIC_REPORT}" hreflang="uz-Cyrl">' in switch
    assert '<span lang="uz-Cyrl" translate="no">Ўз</span>' in switch
    assert "Kirill yozuvi" in switch


def test_links_inside_a_cyrillic_page_stay_cyrillic(client, sechenov):
    page = html(client, CYRILLIC_REPORT)

    uzbek = [href for href in hrefs(page) if re.match(r"(http://testserver)?/uz/", href)]
    # Only the Latin page's hreflang alternates (and x-default) and the switch lead to Latin.
    assert sorted(uzbek) == sorted(
        [f"http://testserver/uz/{REPORT}", f"http://testserver/uz/{REPORT}", f"/uz/{REPORT}"]
    )
    assert 'href="/uz-cyrl/news/"' in page
    assert 'href="/uz-cyrl/partners/sechenov/"' in page
    assert f'href="/uz-cyrl/events/ics/{sechenov["uz"].pk}.ics"' in page
    # The language switcher: Uzbek in this script; the others as they are.
    assert f'<a href="{CYRILLIC_REPORT}" lang="uz-Cyrl" hreflang="uz-Cyrl" aria-current' in page
    assert f'<a href="/ru/{REPORT}" lang="ru" hreflang="ru">Русский</a>' in page
    # The script switch: the Latin page, and this one as current.
    switch = script_switch(page)
    assert f'<a href="/uz/{REPORT}" hreflang="uz">' in switch
    assert f'<a href="{CYRILLIC_REPORT}" hreflang="uz-Cyrl" aria-current="true"' in switch
    assert "Кирилл ёзуви" in switch


def test_urls_emails_and_images_are_untouched(client, sechenov):
    page = html(client, CYRILLIC_REPORT)

    assert '<a href="mailto:info@sammu.uz">info@sammu.uz</a>' in page
    assert 'src="/media/images/' in page
    assert 'href="/static/css/site.css"' in page or "/static/css/site" in page


def test_the_script_switch_is_only_on_uzbek_pages_and_keeps_the_query(client, sechenov):
    assert script_switch(html(client, f"/ru/{REPORT}")) == ""
    assert script_switch(html(client, "/en/")) == ""

    news = html(client, "/uz-cyrl/news/?page=1")
    switch = script_switch(news)

    assert 'href="/uz/news/?page=1"' in switch
    assert 'href="/uz-cyrl/news/?page=1"' in switch
    assert 'type="application/rss+xml" title="Янгиликлар (RSS)" href="/uz-cyrl/news/feed/"' in news


# Editors' words ---------------------------------------------------------------------------------


def test_names_an_editor_protects_stay_as_written(client, sechenov):
    SiteDetails.objects.filter(locale__language_code="uz").update(
        protected_terms="Sechenov\n  \nXudoyarova\n"
    )

    page = html(client, CYRILLIC_REPORT)

    assert "<h1>Sechenov университетида академик мобиллик: тажриба алмашиш сафари</h1>" in page
    assert "<strong>Д. Р. Xudoyarova</strong>" in page


def test_text_written_in_the_new_latin_alphabet_comes_out_right_in_cyrillic(client, homes):
    homes["uz"].add_child(
        instance=ContentPage(title="Özbekiston şaharlari: çiroyli ğalaba", slug="yangi-alifbo")
    )

    page = html(client, "/uz-cyrl/yangi-alifbo/")

    assert "<h1>Ўзбекистон шаҳарлари: чиройли ғалаба</h1>" in page


# Search engines ---------------------------------------------------------------------------------


def test_each_script_is_self_canonical_and_lists_every_variant(client, sechenov):
    expected = {
        "uz": f"http://testserver/uz/{REPORT}",
        "uz-Cyrl": f"http://testserver{CYRILLIC_REPORT}",
        "ru": f"http://testserver/ru/{REPORT}",
        "en": f"http://testserver/en/{REPORT}",
        "x-default": f"http://testserver/uz/{REPORT}",
    }
    for url in (f"/uz/{REPORT}", CYRILLIC_REPORT, f"/ru/{REPORT}"):
        page = html(client, url)
        assert alternates(page) == expected, url
        assert f'<link rel="canonical" href="http://testserver{url}">' in page


def test_structured_data_is_in_cyrillic_with_its_own_links(client, sechenov):
    event, breadcrumbs = json_ld(html(client, CYRILLIC_REPORT))

    assert event["@type"] == "Event"
    assert event["name"] == "Сеченов университетида академик мобиллик: тажриба алмашиш сафари"
    assert event["location"]["name"] == "Москва, Россия"
    assert event["inLanguage"] == "uz-Cyrl"
    assert event["url"] == f"http://testserver{CYRILLIC_REPORT}"
    assert event["startDate"] == "2023-06-05"
    assert [item["name"] for item in breadcrumbs["itemListElement"]][:2] == [
        "Бош саҳифа",
        "Тадбирлар",
    ]
    assert breadcrumbs["itemListElement"][1]["item"] == "http://testserver/uz-cyrl/events/"


def test_the_sitemap_lists_the_cyrillic_pages(client, sechenov):
    sitemap = client.get("/sitemap.xml").content.decode()

    assert f"<loc>http://testserver{CYRILLIC_REPORT}</loc>" in sitemap
    assert f'hreflang="uz-Cyrl" href="http://testserver{CYRILLIC_REPORT}"' in sitemap
    assert "uz-latn-2026" not in sitemap


# Feeds and calendars ----------------------------------------------------------------------------


@pytest.mark.parametrize("section", ["news", "events"])
def test_feeds_are_in_cyrillic_with_cyrillic_links(client, sechenov, section):
    latin = client.get(f"/uz/{section}/feed/").content.decode()
    feed = client.get(f"/uz-cyrl/{section}/feed/").content.decode()

    assert "<language>uz-Cyrl</language>" in feed
    assert f"<link>http://testserver/uz-cyrl/{section}/</link>" in feed
    assert "http://testserver/uz/" not in feed
    titles = re.findall(r"<title>([^<]*)</title>", feed)
    assert titles and all(not re.search(r"[a-z]{3}", title) for title in titles)
    # Dates are for machines: the same as in the Latin feed.
    assert re.findall(r"<pubDate>.*?</pubDate>", feed) == re.findall(
        r"<pubDate>.*?</pubDate>", latin
    )


def test_the_event_calendar_is_in_cyrillic(client, sechenov):
    response = client.get(f"/uz-cyrl/events/ics/{sechenov['uz'].pk}.ics")
    event = Calendar.from_ical(response.content).walk("VEVENT")[0]

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert str(event["SUMMARY"]).startswith("Сеченов университетида")
    assert str(event["LOCATION"]) == "Москва, Россия"
    assert str(event["URL"]) == f"http://testserver{CYRILLIC_REPORT}"
    assert event.decoded("DTSTART") == datetime.date(2023, 6, 5)


# Other answers ----------------------------------------------------------------------------------


def test_redirects_404s_and_search_stay_in_the_script(client, sechenov):
    response = client.get("/uz-cyrl/events")
    assert response.status_code == 301
    assert response["Location"] == "/uz-cyrl/events/"

    missing = html(client, "/uz-cyrl/yoq-sahifa/", status=404)
    assert '<html lang="uz-Cyrl">' in missing
    assert "Саҳифа топилмади" in missing

    results = client.get("/uz-cyrl/search/?q=Sechenov")
    assert results.status_code == 200
    assert results["Content-Language"] == "uz-Cyrl"
    assert f'href="{CYRILLIC_REPORT}"' in results.content.decode()


# The new Latin alphabet -------------------------------------------------------------------------


def test_the_new_latin_variant_does_not_exist_without_its_date(client, sechenov, settings):
    settings.UZ_NEW_LATIN_FROM = None
    assert client.get(f"/uz-latn-2026/{REPORT}").status_code == 404

    settings.UZ_NEW_LATIN_FROM = timezone.localdate() + datetime.timedelta(days=1)
    assert client.get(f"/uz-latn-2026/{REPORT}").status_code == 404
    page = html(client, f"/uz/{REPORT}")
    assert "uz-Latn-2026" not in page
    assert "uz-latn-2026" not in page
    assert "uz-latn-2026" not in client.get("/sitemap.xml").content.decode()


def test_the_new_latin_variant_exists_from_its_date(client, sechenov, new_latin_on):
    page = html(client, f"/uz-latn-2026/{REPORT}")

    assert '<html lang="uz-Latn-2026">' in page
    assert "<h1>Seçenov universitetida akademik mobillik: tajriba almaşiş safari</h1>" in page
    assert "Ş. A. Şopulotov" in page
    assert 'href="/uz-latn-2026/news/"' in page
    assert alternates(page)["uz-Latn-2026"] == f"http://testserver/uz-latn-2026/{REPORT}"
    assert '<span lang="uz-Latn-2026" translate="no">Öz</span>' in script_switch(page)
    assert alternates(html(client, f"/ru/{REPORT}"))["uz-Latn-2026"].endswith(REPORT)
    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"<loc>http://testserver/uz-latn-2026/{REPORT}</loc>" in sitemap


def test_the_date_setting_must_be_a_date(settings):
    settings.UZ_NEW_LATIN_FROM = "22.04.2027"

    with pytest.raises(ImproperlyConfigured):
        scripts.new_latin_from()

    settings.UZ_NEW_LATIN_FROM = "2027-04-22"
    assert scripts.is_active(scripts.NEW_LATIN, datetime.date(2027, 4, 22))
    assert not scripts.is_active(scripts.NEW_LATIN, datetime.date(2027, 4, 21))


def test_the_page_cache_is_told_each_prefix_and_its_language():
    assert scripts.SCRIPT_PREFIXES == {"uz-cyrl": "uz", "uz-latn-2026": "uz"}
    assert scripts.content_language("/uz-cyrl/") == "uz"
    assert scripts.content_language("ru") == "ru"


# Caching and cost -------------------------------------------------------------------------------


@pytest.fixture
def script_pages_cached(page_cache_on):
    """The page cache, which serves the script prefixes as Uzbek pages."""
    assert "/uz-cyrl/" in page_cache.language_prefixes()


def test_the_page_cache_keeps_each_script_apart_and_stores_the_converted_page(
    client, sechenov, script_pages_cached, django_assert_num_queries
):
    latin = client.get(f"/uz/{REPORT}")
    first = client.get(CYRILLIC_REPORT)
    assert first["X-Page-Cache"] == "miss"
    assert "Сеченов университетида" in first.content.decode()

    with django_assert_num_queries(0):
        again = client.get(CYRILLIC_REPORT)
        latin_again = client.get(f"/uz/{REPORT}")

    assert again["X-Page-Cache"] == "hit"
    assert again.content == first.content
    assert latin_again.content == latin.content
    assert again["Content-Language"] == "uz-Cyrl"


def test_a_cyrillic_page_costs_the_queries_of_the_latin_one(
    client, sechenov, django_assert_max_num_queries
):
    latin = count_queries(client, f"/uz/{REPORT}")
    assert client.get(CYRILLIC_REPORT).status_code == 200  # warm, as count_queries does

    with django_assert_max_num_queries(latin):
        assert client.get(CYRILLIC_REPORT).status_code == 200
