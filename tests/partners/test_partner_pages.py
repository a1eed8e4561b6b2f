"""The partners index in pages: a few dozen partners a page, the groups by kind following each
other across the pages, and a bad page number a 404 as in the other listings."""

import pytest

from partners import models as partner_models
from partners.models import PartnerIndexPage, PartnerKind
from tests.factories import PartnerProfilePageFactory
from tests.helpers import by_language, count_queries

pytestmark = pytest.mark.django_db

PAGE_SIZE = 7
DEMO_PARTNERS = 2  # Astana and Sechenov, both universities


@pytest.fixture
def index(locales, monkeypatch):
    """The Uzbek partners index with 31 more partners of every kind, PAGE_SIZE a page."""
    monkeypatch.setattr(partner_models, "PARTNERS_PER_PAGE", PAGE_SIZE)
    index = by_language(PartnerIndexPage)["uz"]
    for number in range(31):
        PartnerProfilePageFactory(
            parent=index,
            title=f"Partner {30 - number:02}",
            kind=PartnerKind.values[number % len(PartnerKind.values)],
        )
    return index


def listed(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return response, [
        partner for _heading, members in response.context["groups"] for partner in members
    ]


def test_each_page_shows_a_page_of_partners_in_kind_then_title_order(client, index):
    pages = []
    for number in range(1, 6):
        response, partners = listed(client, index.url, page=number)
        assert len(partners) == (PAGE_SIZE if number < 5 else 33 - 4 * PAGE_SIZE)
        pages.append(partners)

    everyone = [partner for page in pages for partner in page]
    assert len({partner.pk for partner in everyone}) == 31 + DEMO_PARTNERS
    order = [(PartnerKind.values.index(partner.kind), partner.title) for partner in everyone]
    assert order == sorted(order)


def test_a_group_continued_on_the_next_page_keeps_its_heading(client, index):
    first, first_partners = listed(client, index.url)
    second, second_partners = listed(client, index.url, page=2)

    assert {partner.kind for partner in first_partners} == {"university"}
    assert second_partners[0].kind == "university"
    university = str(first.context["groups"][0][0])
    assert f">{university}</h2>" in second.content.decode()


def test_the_pages_are_linked_when_there_is_more_than_one(client, index, monkeypatch):
    html = client.get(index.url).content.decode()

    assert 'class="pagination"' in html
    assert 'href="?page=2"' in html
    assert 'href="?page=5"' in html
    assert 'href="?page=6"' not in html

    monkeypatch.setattr(partner_models, "PARTNERS_PER_PAGE", 100)
    assert 'class="pagination"' not in client.get(index.url).content.decode()


@pytest.mark.parametrize("page", ["6", "0", "-1", "x", "2.0", "9" * 40])
def test_a_bad_page_number_is_404(client, index, page):
    assert client.get(index.url, {"page": page}).status_code == 404


def test_a_page_stays_small_and_cheap_however_many_partners(
    client, index, django_assert_max_num_queries
):
    baseline = count_queries(client, index.url)
    size = len(client.get(index.url).content)
    for number in range(40):
        PartnerProfilePageFactory(parent=index, title=f"More partner {number}")

    client.get(index.url)
    with django_assert_max_num_queries(baseline):
        response = client.get(index.url)

    assert len(response.content) <= size * 1.1
