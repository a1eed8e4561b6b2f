"""Schema.org JSON-LD: the builder functions of seo.structured_data and the rendered pages."""

import datetime
import json
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

import pytest

from core.i18n import locale_homes
from events.models import EventIndexPage
from news.models import NewsArticlePage, NewsIndexPage
from partners.models import PartnerIndexPage, PartnerProfilePage
from seo.structured_data import (
    breadcrumbs,
    compact,
    event,
    event_location,
    news_article,
    partner,
    postal_address,
    structured_data,
    to_json_ld,
)
from tests.factories import (
    EventReportPageFactory,
    NewsArticlePageFactory,
    PartnerProfilePageFactory,
)
from tests.helpers import by_language

pytestmark = pytest.mark.django_db

LANGUAGES = ["uz", "ru", "en"]
SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
DEPARTMENT = {
    "uz": "Akusherlik va ginekologiya №1 kafedrasi",
    "ru": "Кафедра акушерства и гинекологии №1",
    "en": "Department of Obstetrics and Gynecology No. 1",
}
HOME = {"uz": "Bosh sahifa", "ru": "Главная", "en": "Home"}
MOSCOW = {"uz": "Moskva", "ru": "Москва", "en": "Moscow"}


def json_ld(response):
    """The JSON-LD objects of a page, keyed by @type (each type appears once)."""
    assert response.status_code == 200
    objects = [json.loads(text) for text in SCRIPT.findall(response.content.decode())]
    types = [data["@type"] for data in objects]
    assert len(types) == len(set(types)), types
    for data in objects:
        assert data["@context"] == "https://schema.org"
    return {data["@type"]: data for data in objects}


def absolute(page):
    return f"http://testserver{page.url}"


@pytest.fixture
def articles(locales):
    """A demo article naming the Astana partner and event, in each language."""
    return by_language(NewsArticlePage, slug="astana-mobility-report")


@pytest.fixture
def partners(locales):
    return by_language(PartnerProfilePage, slug="sechenov")


@pytest.fixture
def request_in(rf):
    """A request for `page` with its language active, as the page view would have it."""

    def make(page, language):
        request = rf.get(page.url)
        translation.activate(language)
        return request

    yield make
    translation.deactivate()


# Rendered pages --------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_news_article_page_describes_a_news_article(client, articles, language):
    page = articles[language]

    data = json_ld(client.get(page.url))["NewsArticle"]

    assert data["headline"] == page.title
    assert data["description"] == page.summary
    assert data["datePublished"] == "2022-10-25"
    assert datetime.datetime.fromisoformat(data["dateModified"]) == page.last_published_at
    assert data["inLanguage"] == language
    assert data["url"] == absolute(page) == data["mainEntityOfPage"]
    assert len(data["image"]) == 1
    assert data["image"][0].startswith("http://testserver/media/images/")
    assert "fill-1200x630" in data["image"][0]
    publisher = {
        "@type": "Organization",
        "name": DEPARTMENT[language],
        "url": f"http://testserver/{language}/",
    }
    assert data["publisher"] == publisher
    assert data["author"] == publisher


@pytest.mark.parametrize("language", LANGUAGES)
def test_news_article_mentions_its_partner_and_event_in_the_page_language(
    client, articles, language
):
    astana = by_language(PartnerProfilePage, slug="astana")[language]

    data = json_ld(client.get(articles[language].url))["NewsArticle"]

    assert data["mentions"] == [
        {"@type": "CollegeOrUniversity", "name": astana.title, "url": absolute(astana)}
    ]
    [about] = data["about"]
    assert about["@type"] == "Event"
    assert about["url"].startswith(f"http://testserver/{language}/events/")


@pytest.mark.parametrize("language", LANGUAGES)
def test_sechenov_report_describes_the_event(client, sechenov, language):
    page = sechenov[language]

    data = json_ld(client.get(page.url))["Event"]

    assert data["name"] == page.title
    assert data["description"] == page.summary
    assert data["startDate"] == "2023-06-05"
    assert data["endDate"] == "2023-06-10"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    location = data["location"]
    assert location["@type"] == "Place"
    assert location["address"] == {
        "@type": "PostalAddress",
        "addressLocality": MOSCOW[language],
        "addressCountry": "RU",
    }
    assert location["name"].startswith(MOSCOW[language])
    assert data["organizer"]["@type"] == "Organization"
    assert data["organizer"]["name"] == DEPARTMENT[language]
    assert data["inLanguage"] == language
    assert data["url"] == absolute(page)
    assert data["image"][0].startswith("http://testserver/media/images/")


@pytest.mark.parametrize("language", LANGUAGES)
def test_partner_profile_describes_a_university(client, partners, language):
    page = partners[language]

    data = json_ld(client.get(page.url))["CollegeOrUniversity"]

    assert data["name"] == page.title
    assert data["url"] == "https://www.sechenov.ru"
    assert data["mainEntityOfPage"] == absolute(page)
    assert data["description"] == page.summary
    assert data["address"] == {
        "@type": "PostalAddress",
        "addressLocality": MOSCOW[language],
        "addressCountry": "RU",
    }
    assert data["logo"].startswith("http://testserver/media/images/")
    assert data["logo"].endswith(".png")


def test_other_kinds_of_partner_are_organizations(client, locales):
    index = by_language(PartnerIndexPage)["en"]
    hospital = PartnerProfilePageFactory(
        parent=index, title="City Hospital", kind="hospital", country="INT"
    )

    objects = json_ld(client.get(hospital.url))

    assert "CollegeOrUniversity" not in objects
    data = objects["Organization"]
    assert data["name"] == "City Hospital"
    # No website: the profile page is the partner's address on the web.
    assert data["url"] == absolute(hospital)
    # "International" is not a country: no address at all rather than a wrong one.
    assert "address" not in data
    assert "logo" not in data


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_has_breadcrumbs_from_its_home(client, homes, sechenov, partners, language):
    home = homes[language]
    events = by_language(EventIndexPage)[language]
    cases = [
        (home, [home]),
        (events, [home, events]),
        (sechenov[language], [home, events, sechenov[language]]),
        (partners[language], [home, partners[language].get_parent(), partners[language]]),
    ]
    for page, trail in cases:
        data = json_ld(client.get(page.url))["BreadcrumbList"]

        items = data["itemListElement"]
        assert [item["position"] for item in items] == list(range(1, len(trail) + 1))
        assert [item["item"] for item in items] == [absolute(crumb) for crumb in trail]
        assert items[0]["name"] == HOME[language]
        assert [item["name"] for item in items[1:]] == [crumb.title for crumb in trail[1:]]
        assert all(item["@type"] == "ListItem" for item in items)


def test_index_and_home_pages_have_only_breadcrumbs(client, homes):
    for page in (homes["ru"], by_language(NewsIndexPage)["ru"]):
        assert list(json_ld(client.get(page.url))) == ["BreadcrumbList"]


def test_json_ld_cannot_close_its_script_element(client, locales):
    index = by_language(NewsIndexPage)["en"]
    article = NewsArticlePageFactory(
        parent=index, title="Breaking </script><script>alert(1)</script> & more"
    )

    response = client.get(article.url)

    text = response.content.decode()
    assert "<script>alert(1)" not in text
    data = json_ld(response)["NewsArticle"]
    assert data["headline"] == "Breaking </script><script>alert(1)</script> & more"


def test_json_ld_keeps_letters_as_they_are(client, sechenov):
    text = client.get(sechenov["uz"].url).content.decode()
    scripts = SCRIPT.findall(text)

    assert any("ʻ" in script for script in scripts)  # U+02BB in the Uzbek summary
    assert not any("\\u02bb" in script for script in scripts)


# Builder functions -----------------------------------------------------------------------------


def test_to_json_ld_escapes_markup_and_round_trips():
    data = {"name": "</script><!-- & -->", "city": "Toshkent — Oʻzbekiston"}

    text = to_json_ld(data)

    assert "<" not in text and ">" not in text and "&" not in text
    assert "Oʻzbekiston" in text  # ensure_ascii=False
    assert json.loads(text) == data


def test_compact_drops_empty_values_only():
    assert compact({"a": None, "b": "", "c": [], "d": {}, "e": 0, "f": "x", "g": False}) == {
        "e": 0,
        "f": "x",
        "g": False,
    }


@pytest.mark.parametrize(
    ("city", "country", "expected"),
    [
        ("Moscow", "RU", {"addressLocality": "Moscow", "addressCountry": "RU"}),
        ("", "KZ", {"addressCountry": "KZ"}),
        ("Brussels", "EU", {"addressLocality": "Brussels"}),
        ("", "INT", {}),
    ],
)
def test_postal_address_uses_iso_country_codes_only(city, country, expected):
    assert postal_address(city, country) == {"@type": "PostalAddress", **expected}


def test_event_builder_for_the_sechenov_report(sechenov, request_in):
    page = sechenov["en"]

    data = event(page, request_in(page, "en"))

    assert data["startDate"] == "2023-06-05"
    assert data["endDate"] == "2023-06-10"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"] == {
        "@type": "Place",
        "name": "Moscow, Russia",
        "address": {"@type": "PostalAddress", "addressLocality": "Moscow", "addressCountry": "RU"},
    }
    assert data["organizer"] == {
        "@type": "Organization",
        "name": DEPARTMENT["en"],
        "url": "http://testserver/en/",
    }
    assert data["inLanguage"] == "en"


def test_online_events_happen_at_a_virtual_location(sechenov, request_in):
    page = sechenov["en"]
    page.event_format = "online"
    request = request_in(page, "en")

    data = event(page, request)

    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": absolute(page)}


def test_hybrid_events_have_a_place_and_a_virtual_location(sechenov, request_in):
    page = sechenov["ru"]
    page.event_format = "hybrid"
    request = request_in(page, "ru")

    data = event(page, request)

    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    place, virtual = event_location(request, page)
    assert data["location"] == [place, virtual]
    assert place["address"]["addressLocality"] == "Москва"
    assert virtual == {"@type": "VirtualLocation", "url": absolute(page)}


def test_event_without_a_place_has_no_location(locales, request_in):
    index = by_language(EventIndexPage)["en"]
    page = EventReportPageFactory(
        parent=index, title="Somewhere", start_date=datetime.date(2024, 4, 1)
    )
    assert not page.city and not page.country

    data = event(page, request_in(page, "en"))

    assert "location" not in data
    assert data["startDate"] == data["endDate"] == "2024-04-01"


def test_news_article_builder_takes_the_partners_it_is_given(articles, request_in):
    page = articles["en"]
    request = request_in(page, "en")

    given = news_article(page, request, partners=[], events=[])
    looked_up = news_article(page, request)

    assert "mentions" not in given and "about" not in given
    assert [item["name"] for item in looked_up["mentions"]] == ["Astana Medical University"]


def test_news_article_builder_names_partners_in_the_article_language(locales, request_in):
    """A link made to the Uzbek partner from a Russian article is shown as the Russian one."""
    partners = by_language(PartnerProfilePage, slug="astana")
    article = NewsArticlePageFactory(
        parent=by_language(NewsIndexPage)["ru"], title="Новость", partners=[partners["uz"]]
    )

    data = news_article(article, request_in(article, "ru"))

    assert data["mentions"][0]["name"] == partners["ru"].title == "Медицинский университет Астана"


def test_partner_builder(partners, request_in):
    page = partners["ru"]

    data = partner(page, request_in(page, "ru"))

    assert data["@type"] == "CollegeOrUniversity"
    assert data["address"]["addressLocality"] == "Москва"


def test_breadcrumbs_cost_one_query(sechenov, request_in):
    page = sechenov["ru"]
    request = request_in(page, "ru")
    page.get_url(request)  # the site's root paths are cached across requests

    with CaptureQueriesContext(connection) as queries:
        data = breadcrumbs(page, request)

    assert len(queries) == 1
    assert len(data["itemListElement"]) == 3


def test_breadcrumbs_of_a_home_cost_no_query(homes, request_in):
    home = homes["en"]
    request = request_in(home, "en")
    home.get_url(request)

    with CaptureQueriesContext(connection) as queries:
        data = breadcrumbs(home, request)

    assert len(queries) == 0
    assert data["itemListElement"] == [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": "http://testserver/en/"}
    ]


def test_structured_data_picks_the_main_entity_by_page_type(
    homes, sechenov, partners, articles, request_in
):
    cases = [
        (homes["en"], ["BreadcrumbList"]),
        (articles["en"], ["NewsArticle", "BreadcrumbList"]),
        (sechenov["en"], ["Event", "BreadcrumbList"]),
        (partners["en"], ["CollegeOrUniversity", "BreadcrumbList"]),
    ]
    for page, types in cases:
        request = request_in(page, "en")
        locale_homes(request)
        assert [data["@type"] for data in structured_data(page, request)] == types
