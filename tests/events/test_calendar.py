"""iCalendar downloads: all events of a language, and one event from its "Add to calendar" link."""

import datetime
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import icalendar
import pytest

from events.models import EventIndexPage, EventReportPage
from tests.factories import EventReportPageFactory
from tests.helpers import by_language

pytestmark = pytest.mark.django_db

LANGUAGES = ["uz", "ru", "en"]
PLACE = {"uz": "Moskva, Rossiya", "ru": "Москва, Россия", "en": "Moscow, Russia"}


@pytest.fixture
def event_indexes(locales):
    return by_language(EventIndexPage)


def get_calendar(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def events_of(calendar):
    return {str(event["URL"]): event for event in calendar.walk("VEVENT")}


def url_of(page):
    return f"http://testserver{page.url}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_calendar_lists_every_event_of_the_language(client, locales, language):
    calendar = get_calendar(client, f"/{language}/events/calendar.ics")
    pages = EventReportPage.objects.live().public().filter(locale=locales[language])

    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    assert str(calendar["X-WR-CALNAME"])
    assert set(events_of(calendar)) == {url_of(page) for page in pages}


def test_calendar_names_are_in_the_language(client, locales):
    names = {
        str(get_calendar(client, f"/{language}/events/calendar.ics")["X-WR-CALNAME"])
        for language in LANGUAGES
    }

    assert len(names) == 3


@pytest.mark.parametrize(
    ("language", "name"),
    [
        ("uz", "Akusherlik va ginekologiya №1 kafedrasi: tadbirlar"),
        ("ru", "Кафедра акушерства и гинекологии №1: мероприятия"),
        ("en", "Department of Obstetrics and Gynecology No. 1: events"),
    ],
)
def test_calendar_is_named_after_the_department_and_made_by_it_in_english(
    client, locales, language, name
):
    calendar = get_calendar(client, f"/{language}/events/calendar.ics")

    assert str(calendar["NAME"]) == name
    assert str(calendar["X-WR-CALNAME"]) == name
    assert str(calendar["PRODID"]) == "-//Department of Obstetrics and Gynecology No. 1//Events//EN"


@pytest.mark.parametrize("language", LANGUAGES)
def test_sechenov_event_is_all_day_with_an_exclusive_end(client, sechenov, language):
    report = sechenov[language]
    calendar = get_calendar(client, f"/{language}/events/ics/{report.pk}.ics")
    (event,) = calendar.walk("VEVENT")

    start, end = event["DTSTART"].dt, event["DTEND"].dt
    assert type(start) is datetime.date
    assert type(end) is datetime.date
    assert start == datetime.date(2023, 6, 5)
    assert end == datetime.date(2023, 6, 11)
    assert event["DTSTART"].params.get("VALUE") in (None, "DATE")
    assert b"DTSTART;VALUE=DATE:20230605" in calendar.to_ical()
    assert b"DTEND;VALUE=DATE:20230611" in calendar.to_ical()
    assert str(event["SUMMARY"]) == report.title
    assert str(event["DESCRIPTION"]) == report.summary
    assert str(event["LOCATION"]) == PLACE[language]
    assert str(event["URL"]) == url_of(report)
    assert str(event["UID"]) == f"{report.translation_key}-{language}@obgyn"
    assert isinstance(event["DTSTAMP"].dt, datetime.datetime)


def test_uid_is_stable_and_differs_between_languages(client, sechenov):
    uids = {}
    for language in LANGUAGES:
        url = f"/{language}/events/ics/{sechenov[language].pk}.ics"
        first = get_calendar(client, url).walk("VEVENT")[0]["UID"]
        again = get_calendar(client, url).walk("VEVENT")[0]["UID"]
        all_events = get_calendar(client, f"/{language}/events/calendar.ics")
        assert first == again
        assert first == events_of(all_events)[url_of(sechenov[language])]["UID"]
        uids[language] = str(first)

    assert len(set(uids.values())) == 3


def test_one_day_event_ends_the_next_day(client, event_indexes):
    page = EventReportPageFactory(
        parent=event_indexes["en"], title="One day", start_date=datetime.date(2024, 3, 1)
    )

    (event,) = get_calendar(client, f"/en/events/ics/{page.pk}.ics").walk("VEVENT")

    assert event["DTSTART"].dt == datetime.date(2024, 3, 1)
    assert event["DTEND"].dt == datetime.date(2024, 3, 2)
    assert "LOCATION" not in event


def test_single_event_download_is_an_attachment(client, sechenov):
    response = client.get(f"/en/events/ics/{sechenov['en'].pk}.ics")

    assert response["Content-Disposition"] == 'attachment; filename="sechenov-2023.ics"'


def test_event_of_another_language_is_404(client, sechenov):
    assert client.get(f"/en/events/ics/{sechenov['ru'].pk}.ics").status_code == 404


def test_page_that_is_not_an_event_is_404(client, homes):
    assert client.get(f"/en/events/ics/{homes['en'].pk}.ics").status_code == 404
    assert client.get("/en/events/ics/999999999.ics").status_code == 404


def test_event_page_links_to_its_calendar_file(client, sechenov):
    html = client.get(sechenov["ru"].url).content.decode()

    link = re.search(rf'<a href="/ru/events/ics/{sechenov["ru"].pk}\.ics"[^>]*>([^<]+)</a>', html)
    assert link
    assert link.group(1) == "Добавить в календарь"


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_and_event_index_advertise_the_calendar(client, homes, event_indexes, language):
    pattern = (
        rf'<link rel="alternate" type="text/calendar" title="[^"]+" '
        rf'href="/{language}/events/calendar\.ics">'
    )

    assert re.search(pattern, client.get(f"/{language}/").content.decode())
    assert re.search(pattern, client.get(event_indexes[language].url).content.decode())


# What must not be in a calendar -------------------------------------------------------------


def test_unpublished_event_is_left_out_and_404(client, sechenov):
    sechenov["en"].unpublish()

    assert url_of(sechenov["en"]) not in events_of(get_calendar(client, "/en/events/calendar.ics"))
    assert client.get(f"/en/events/ics/{sechenov['en'].pk}.ics").status_code == 404


def test_draft_changes_are_left_out(client, sechenov):
    report = sechenov["en"]
    live_title = report.title
    report.title = "Quixotic draft headline"
    report.save_revision()

    for url in ("/en/events/calendar.ics", f"/en/events/ics/{report.pk}.ics"):
        response = client.get(url)
        assert b"Quixotic" not in response.content
        events = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
        titles = [str(event["SUMMARY"]) for event in events]
        assert live_title in titles


def test_private_event_is_left_out_and_404(client, sechenov):
    PageViewRestriction.objects.create(
        page=sechenov["en"], restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )

    events = events_of(get_calendar(client, "/en/events/calendar.ics"))
    assert events  # Astana is still public
    assert url_of(sechenov["en"]) not in events
    assert client.get(f"/en/events/ics/{sechenov['en'].pk}.ics").status_code == 404


# Queries ---------------------------------------------------------------------------------------


def count(client, url):
    assert client.get(url).status_code == 200  # warm caches (site root paths)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_calendar_queries_do_not_grow_with_the_events(
    client, event_indexes, django_assert_max_num_queries
):
    first = count(client, "/en/events/calendar.ics")
    EventReportPageFactory.create_weekly(20, parent=event_indexes["en"])
    client.get("/en/events/calendar.ics")  # the new content generation fills the structure cache

    with django_assert_max_num_queries(first):
        response = client.get("/en/events/calendar.ics")
    assert len(icalendar.Calendar.from_ical(response.content).walk("VEVENT")) == 22


def test_the_calendar_holds_the_newest_events_only(client, event_indexes, monkeypatch):
    from events import calendar

    monkeypatch.setattr(calendar, "CALENDAR_EVENTS", 5)
    # One a week from 2015: older than the demo's.
    EventReportPageFactory.create_weekly(8, parent=event_indexes["en"])

    response = client.get("/en/events/calendar.ics")
    events = icalendar.Calendar.from_ical(response.content).walk("VEVENT")

    assert len(events) == 5
    starts = [event.decoded("dtstart") for event in events]
    assert starts == sorted(starts)
    assert "Generated event 7" in {str(event.get("summary")) for event in events}
    assert "Generated event 0" not in {str(event.get("summary")) for event in events}
