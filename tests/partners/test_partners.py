"""The partners index (grouped by kind) and the Sechenov profile: its reports and figures."""

import datetime
import re

from django.utils import translation
from django.utils.html import escape

from wagtail.images import get_image_model

import pytest

from events.models import EventIndexPage, EventReportPage
from news.models import NewsIndexPage
from partners.models import PartnerIndexPage, PartnerKind, PartnerProfilePage
from tests.factories import (
    EventReportPageFactory,
    NewsArticlePageFactory,
    PartnerProfilePageFactory,
)
from tests.helpers import by_language, count_queries, visible_text

pytestmark = pytest.mark.django_db

SECHENOV_FIGURES = {"events": 1, "students": 9, "participants": 4, "contact_hours": 0}
# In demo/content/events/sechenov-2023.toml the Sechenov visit had four members of the
# department (D. R. Khudoyarova, S. A. Tilyavova, Z. A. Shopulotova, Sh. A. Shopulotov) and nine
# students.


@pytest.fixture
def partner_indexes(locales):
    return by_language(PartnerIndexPage)


@pytest.fixture
def sechenov_partner(locales):
    """The Sechenov University profile in each language."""
    return by_language(PartnerProfilePage, slug="sechenov")


def figure_values(html):
    return [int(value) for value in re.findall(r'class="figures__value">\s*(\d+)\s*<', html)]


def group_kinds(groups):
    """The kind of each group, checking that every partner in a group is of that kind."""
    kinds = []
    for _heading, members in groups:
        assert len({partner.kind for partner in members}) == 1
        kinds.append(members[0].kind)
    return kinds


def test_partners_are_grouped_by_kind_in_partner_kind_order(client, partner_indexes):
    index = partner_indexes["en"]
    foundation = PartnerProfilePageFactory(
        parent=index, title="Aardvark Foundation", kind="foundation"
    )
    hospital = PartnerProfilePageFactory(parent=index, title="Zebra Hospital", kind="hospital")

    response = client.get(index.url)

    groups = response.context["groups"]
    assert group_kinds(groups) == ["university", "hospital", "foundation"]
    assert [[p.slug for p in members] for _heading, members in groups] == [
        ["astana", "sechenov"],
        [hospital.slug],
        [foundation.slug],
    ]
    html = response.content.decode()
    headings = [html.index(f">{heading}</h2>") for heading, _members in groups]
    assert headings == sorted(headings)
    assert headings[0] < html.index('href="/en/partners/sechenov/"') < headings[1]
    assert headings[1] < html.index(f'href="{hospital.url}"') < headings[2]
    assert headings[2] < html.index(f'href="{foundation.url}"')


def test_group_order_follows_partner_kind_not_the_alphabet(partner_indexes):
    index = partner_indexes["uz"]
    for kind in reversed(PartnerKind.values):
        PartnerProfilePageFactory(parent=index, title=f"Partner {kind}", kind=kind)

    assert group_kinds(index.groups()) == PartnerKind.values


def test_a_draft_partner_is_not_listed(client, partner_indexes):
    draft = PartnerProfilePageFactory(
        parent=partner_indexes["uz"], title="Draft partner", draft=True
    )

    response = client.get(partner_indexes["uz"].url)

    listed = [partner for _label, members in response.context["groups"] for partner in members]
    assert draft not in listed
    assert [partner.slug for partner in listed] == ["astana", "sechenov"]


@pytest.mark.parametrize(
    ("language", "places"),
    [
        ("en", ["Moscow, Russia", "Astana, Kazakhstan"]),
        ("ru", ["Москва, Россия", "Астана, Казахстан"]),
        ("uz", ["Moskva, Rossiya", "Astana, Qozogʻiston"]),
    ],
)
def test_index_shows_kind_and_country_in_the_readers_language(
    client, partner_indexes, language, places
):
    response = client.get(partner_indexes[language].url)
    html = response.content.decode()
    text = visible_text(html)

    [(heading, _members)] = response.context["groups"]
    with translation.override(language):
        shown = str(heading)
    with translation.override("en"):
        english = str(heading)
    assert f">{shown}</h2>" in html
    assert (shown == english) == (language == "en")
    for place in places:
        assert place in text
    if language != "en":
        assert "Russia" not in text
        assert "Kazakhstan" not in text


def test_index_query_count_does_not_grow_with_more_partners(
    client, partner_indexes, django_assert_max_num_queries
):
    index = partner_indexes["uz"]
    baseline = count_queries(client, index.url)

    logo = get_image_model().objects.filter(title__startswith="demo: logo-").first()
    for number in range(20):
        PartnerProfilePageFactory(
            parent=index,
            title=f"Extra partner {number}",
            kind=PartnerKind.values[number % len(PartnerKind.values)],
            country=["RU", "DE", "JP", ""][number % 4],
            logo=logo if number % 2 else None,
        )
    client.get(index.url)
    with django_assert_max_num_queries(baseline):
        response = client.get(index.url)

    assert sum(len(members) for _label, members in response.context["groups"]) == 22


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_cooperation_figures_of_sechenov(sechenov_partner, language):
    assert sechenov_partner[language].cooperation_figures() == SECHENOV_FIGURES


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_profile_lists_the_sechenov_report_in_its_language_and_shows_the_figures(
    client, sechenov_partner, sechenov, language
):
    response = client.get(f"/{language}/partners/sechenov/")

    assert response.status_code == 200
    html = response.content.decode()
    report = sechenov[language]
    assert f'<a href="/{language}/events/sechenov-2023/">{escape(report.title)}</a>' in html
    for other in {"uz", "ru", "en"} - {language}:
        assert escape(sechenov[other].title) not in html
    assert response.context["figures"] == SECHENOV_FIGURES
    assert figure_values(html) == [1, 4, 9]


def test_english_profile_says_what_the_figures_count(client, sechenov_partner):
    text = visible_text(client.get("/en/partners/sechenov/").content.decode())

    assert "1 joint event" in text
    assert "4 department members took part" in text
    assert "9 students took part" in text


def test_a_report_is_counted_once_per_language(sechenov_partner):
    """Each translation of the report names the partner: only the partner's language counts."""
    ru_events = EventIndexPage.objects.get(locale=sechenov_partner["ru"].locale)
    EventReportPageFactory(
        parent=ru_events,
        title="Только по-русски",
        start_date=datetime.date(2024, 5, 5),
        partners=[sechenov_partner["ru"], sechenov_partner["ru"]],
        students=3,
    )

    assert sechenov_partner["ru"].cooperation_figures()["events"] == 2
    assert sechenov_partner["ru"].cooperation_figures()["students"] == 12
    assert sechenov_partner["uz"].cooperation_figures() == SECHENOV_FIGURES
    assert sechenov_partner["en"].cooperation_figures() == SECHENOV_FIGURES


def test_a_person_in_two_reports_is_counted_once(sechenov_partner, sechenov):
    uz_events = EventIndexPage.objects.get(locale=sechenov_partner["uz"].locale)
    people = [link.person for link in sechenov["uz"].participants.all()]
    EventReportPageFactory(
        parent=uz_events,
        title="Second visit",
        start_date=datetime.date(2024, 9, 1),
        partners=[sechenov_partner["uz"]],
        people=people[:2],
    )

    figures = sechenov_partner["uz"].cooperation_figures()

    assert figures["events"] == 2
    assert figures["participants"] == 4


def test_an_unpublished_report_is_neither_listed_nor_counted(client, sechenov_partner, sechenov):
    uz_events = EventIndexPage.objects.get(locale=sechenov_partner["uz"].locale)
    draft = EventReportPageFactory(
        parent=uz_events,
        title="Draft visit",
        start_date=datetime.date(2024, 9, 1),
        partners=[sechenov_partner["uz"]],
        students=50,
        draft=True,
    )
    EventReportPage.objects.get(pk=sechenov["ru"].pk).unpublish()

    response = client.get("/uz/partners/sechenov/")

    assert sechenov_partner["uz"].cooperation_figures() == SECHENOV_FIGURES
    assert draft not in [page for _date, _kind, page in sechenov_partner["uz"].timeline()]
    assert draft.title not in response.content.decode()
    zero = {"events": 0, "students": 0, "participants": 0, "contact_hours": 0}
    assert sechenov_partner["ru"].cooperation_figures() == zero
    assert sechenov_partner["ru"].timeline() == []


def test_timeline_is_newest_first(client, sechenov_partner):
    partner = sechenov_partner["en"]
    events = EventIndexPage.objects.get(locale=partner.locale)
    news = NewsIndexPage.objects.get(locale=partner.locale)
    older_event = EventReportPageFactory(
        parent=events,
        title="Earlier visit",
        start_date=datetime.date(2021, 3, 1),
        partners=[partner],
    )
    newest_story = NewsArticlePageFactory(
        parent=news,
        title="Latest story",
        publication_date=datetime.date(2024, 2, 2),
        partners=[partner],
    )
    middle_story = NewsArticlePageFactory(
        parent=news,
        title="Middle story",
        publication_date=datetime.date(2022, 7, 7),
        partners=[partner],
    )

    timeline = partner.timeline()

    report = EventReportPage.objects.get(locale=partner.locale, slug="sechenov-2023")
    expected = [newest_story, report, middle_story, older_event]
    assert [page.pk for _date, _kind, page in timeline] == [page.pk for page in expected]
    assert [kind for _date, kind, _page in timeline] == ["news", "event", "news", "event"]
    html = client.get(partner.url).content.decode()
    places = [html.index(f'href="{page.url}"') for page in expected]
    assert places == sorted(places)
