"""The event index of each language: upcoming events, then past reports; filters and pages."""

import datetime

from django.utils import timezone

from wagtail.images import get_image_model

import pytest

from events.models import REPORTS_PER_PAGE, EventIndexPage, EventReportPage
from partners.models import PartnerProfilePage
from tests.factories import EventReportPageFactory
from tests.helpers import by_language, count_queries

pytestmark = pytest.mark.django_db


DEMO_REPORTS_NEWEST_FIRST = ["sechenov-2023", "astana-mobility-2022"]


@pytest.fixture
def events(locales):
    """The event index page of each language."""
    return by_language(EventIndexPage)


def upcoming(response):
    assert response.status_code == 200
    return [event.slug for event in response.context["upcoming"]]


def reports(response):
    assert response.status_code == 200
    return [event.slug for event in response.context["reports"].object_list]


def test_demo_events_are_past_reports_newest_first(client, events):
    response = client.get(events["uz"].url)

    assert upcoming(response) == []
    assert reports(response) == DEMO_REPORTS_NEWEST_FIRST


def test_upcoming_events_come_before_past_reports(client, events):
    today = timezone.localdate()
    ends_today = EventReportPageFactory(
        parent=events["uz"],
        title="Ends today",
        start_date=today - datetime.timedelta(days=2),
        end_date=today,
    )
    later = EventReportPageFactory(
        parent=events["uz"], title="Next month", start_date=today + datetime.timedelta(days=30)
    )
    ended_yesterday = EventReportPageFactory(
        parent=events["uz"], title="Ended yesterday", start_date=today - datetime.timedelta(days=1)
    )

    response = client.get(events["uz"].url)

    assert upcoming(response) == [ends_today.slug, later.slug]
    assert reports(response) == [ended_yesterday.slug, *DEMO_REPORTS_NEWEST_FIRST]
    html = response.content.decode()
    order = [ends_today, later, ended_yesterday, *response.context["reports"].object_list[1:]]
    places = [html.index(f'href="{event.url}"') for event in order]
    assert places == sorted(places)


def test_past_reports_are_newest_first_whatever_the_order_they_were_added_in(client, events):
    middle = EventReportPageFactory(
        parent=events["uz"], title="Middle", start_date=datetime.date(2023, 1, 10)
    )
    oldest = EventReportPageFactory(
        parent=events["uz"], title="Oldest", start_date=datetime.date(2019, 4, 1)
    )
    newest = EventReportPageFactory(
        parent=events["uz"], title="Newest", start_date=datetime.date(2024, 2, 2)
    )

    assert reports(client.get(events["uz"].url)) == [
        newest.slug,
        "sechenov-2023",
        middle.slug,
        "astana-mobility-2022",
        oldest.slug,
    ]


def test_year_narrows_the_events(client, events):
    assert reports(client.get(events["ru"].url, {"year": "2023"})) == ["sechenov-2023"]
    assert reports(client.get(events["ru"].url, {"year": "2021"})) == []


@pytest.mark.parametrize("value", ["x", "-3", "0", "99999"])
def test_a_bad_year_is_404(client, events, value):
    assert client.get(events["uz"].url, {"year": value}).status_code == 404


def test_kind_narrows_the_events(client, events):
    seminar = EventReportPageFactory(
        parent=events["en"], title="A seminar", start_date=datetime.date(2024, 4, 4)
    )

    mobility = client.get(events["en"].url, {"kind": "academic_mobility"})
    seminars = client.get(events["en"].url, {"kind": "seminar"})

    assert reports(mobility) == DEMO_REPORTS_NEWEST_FIRST
    assert reports(seminars) == [seminar.slug]


@pytest.mark.parametrize("value", ["bogus", "Seminar", "seminar "])
def test_an_unknown_kind_is_404(client, events, value):
    assert client.get(events["uz"].url, {"kind": value}).status_code == 404


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_partner_narrows_to_the_events_naming_it(client, events, language):
    sechenov = PartnerProfilePage.objects.get(locale=events[language].locale, slug="sechenov")
    astana = PartnerProfilePage.objects.get(locale=events[language].locale, slug="astana")
    EventReportPageFactory(
        parent=events[language],
        title="With Astana",
        start_date=datetime.date(2024, 1, 9),
        partners=[astana],
    )

    response = client.get(events[language].url, {"partner": sechenov.slug})

    assert reports(response) == ["sechenov-2023"]
    assert response.context["filters"]["partner"] == sechenov


def test_an_unknown_partner_is_404(client, events):
    assert client.get(events["uz"].url, {"partner": "nope"}).status_code == 404


@pytest.mark.parametrize("value", ["%00", "sechenov%00"])
def test_a_nul_character_in_the_partner_is_404_not_500(client, events, value):
    client.raise_request_exception = False

    assert client.get(f"{events['uz'].url}?partner={value}").status_code == 404


@pytest.mark.parametrize("value", ["%00", "seminar%00"])
def test_a_nul_character_in_the_kind_is_404(client, events, value):
    assert client.get(f"{events['uz'].url}?kind={value}").status_code == 404


def test_filters_combine(client, events):
    params = {"partner": "astana", "kind": "academic_mobility", "year": "2022"}

    assert reports(client.get(events["uz"].url, params)) == ["astana-mobility-2022"]
    assert reports(client.get(events["uz"].url, {**params, "year": "2023"})) == []


def test_each_index_lists_only_the_events_of_its_language(client, events):
    english_only = EventReportPageFactory(
        parent=events["en"], title="English only", start_date=datetime.date(2024, 6, 1)
    )

    assert reports(client.get(events["en"].url))[0] == english_only.slug
    uzbek = client.get(events["uz"].url)
    assert english_only.slug not in reports(uzbek)
    assert "English only" not in uzbek.content.decode()
    for language in ("uz", "ru", "en"):
        response = client.get(events[language].url)
        shown = response.context["reports"].object_list
        assert {event.locale.language_code for event in shown} == {language}


def test_drafts_are_not_listed(client, events):
    today = timezone.localdate()
    EventReportPageFactory(
        parent=events["uz"], title="Draft past", start_date=datetime.date(2024, 1, 1), draft=True
    )
    EventReportPageFactory(
        parent=events["uz"], title="Draft upcoming", start_date=today, draft=True
    )

    response = client.get(events["uz"].url)

    assert upcoming(response) == []
    assert reports(response) == DEMO_REPORTS_NEWEST_FIRST


def test_twelve_reports_a_page_and_upcoming_only_on_the_first(client, events):
    older = EventReportPageFactory.create_weekly(
        REPORTS_PER_PAGE + 1 - len(DEMO_REPORTS_NEWEST_FIRST), parent=events["uz"]
    )
    soon = EventReportPageFactory(
        parent=events["uz"], title="Soon", start_date=timezone.localdate()
    )

    first = client.get(events["uz"].url)
    second = client.get(events["uz"].url, {"page": "2"})

    assert REPORTS_PER_PAGE == 12
    assert upcoming(first) == [soon.slug]
    assert len(reports(first)) == 12
    assert reports(first)[:2] == DEMO_REPORTS_NEWEST_FIRST
    assert upcoming(second) == []
    assert reports(second) == [older[0].slug]
    assert client.get(events["uz"].url, {"page": "3"}).status_code == 404


@pytest.mark.parametrize("value", ["2", "abc", "-1", "0", "1.5", "9" * 50])
def test_a_bad_or_missing_page_is_404(client, events, value):
    assert client.get(events["uz"].url, {"page": value}).status_code == 404


def _add_varied_events(index, numbers):
    """An event for each of `numbers`: a third upcoming, naming partners, some with a picture."""
    image = get_image_model().objects.filter(title__startswith="demo: event-").first()
    partners = list(PartnerProfilePage.objects.filter(locale=index.locale))
    people = EventReportPage.objects.get(locale=index.locale, slug="sechenov-2023").participants
    people = [link.person for link in people.all()]
    today = timezone.localdate()
    for number in numbers:
        offset = datetime.timedelta(days=number + 1)
        start = today + offset if number % 3 == 0 else today - offset
        EventReportPageFactory(
            parent=index,
            title=f"Varied event {number}",
            start_date=start,
            kind=["seminar", "webinar", "conference"][number % 3],
            partners=partners[: number % 3],
            people=people[: number % 4],
            hero_image=image if number % 2 else None,
        )
    return image


# The demo slice has no upcoming event: the baseline gets two (one with a picture), or the
# upcoming list's rendition query would be counted after and not before.


@pytest.mark.parametrize("language", ["uz", "en"])
def test_first_page_query_count_does_not_grow_with_more_events(
    client, events, language, django_assert_max_num_queries
):
    url = events[language].url
    _add_varied_events(events[language], range(4))
    baseline = count_queries(client, url)

    _add_varied_events(events[language], range(4, 34))
    client.get(url)
    with django_assert_max_num_queries(baseline):
        response = client.get(url)

    assert len(upcoming(response)) == 12
    assert len(reports(response)) == REPORTS_PER_PAGE


def test_second_page_query_count_does_not_grow_with_more_events(
    client, events, django_assert_max_num_queries
):
    index = events["uz"]
    image = _add_varied_events(index, range(4))
    EventReportPageFactory.create_weekly(11, parent=index, hero_image=image)
    url = f"{index.url}?page=2"
    baseline = count_queries(client, url)

    _add_varied_events(index, range(4, 34))
    client.get(url)
    with django_assert_max_num_queries(baseline):
        response = client.get(url)

    assert len(reports(response)) == REPORTS_PER_PAGE
