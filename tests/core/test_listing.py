"""Listings (core.listing), function by function: the query-string readers positive_int,
optional_int and optional_slug, paginate() with its cached count, filter_key() and
ListingManager.listing().

The index pages' own tests send the common bad values through a request (letters, 0, -1, huge
numbers, Arabic-Indic digits, NUL bytes: tests/news/test_news_index.py,
tests/events/test_event_index.py, tests/integration/test_hostile_input.py); this module covers
the edges those leave out.
"""

from types import SimpleNamespace

from django.core.paginator import Paginator
from django.db import connection
from django.http import Http404, QueryDict
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest

from core.listing import (
    MAX_PAGE_NUMBER,
    filter_key,
    optional_int,
    optional_slug,
    paginate,
    positive_int,
)
from news.models import NewsArticlePage, NewsIndexPage
from tests.factories import NewsArticlePageFactory
from tests.helpers import by_language

# Numbers and slugs from the query string -------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "number"),
    [("1", 1), ("12", 12), ("007", 7), (str(MAX_PAGE_NUMBER), MAX_PAGE_NUMBER)],
)
def test_positive_int_returns_the_number(value, number):
    assert positive_int(value) == number


@pytest.mark.parametrize(
    "value",
    ["", "0", "+1", str(MAX_PAGE_NUMBER + 1), "0000001", "²", "２", "1_000"],
    ids=["empty", "zero", "plus", "above maximum", "too long", "superscript", "fullwidth", "_"],
)
def test_positive_int_refuses_what_is_not_a_page_number(value):
    # "²" and "２" pass str.isdigit(); int() refuses the first and reads the second.
    with pytest.raises(Http404):
        positive_int(value)


def test_positive_int_takes_another_maximum():
    assert positive_int("2100", maximum=2100) == 2100
    with pytest.raises(Http404):
        positive_int("2101", maximum=2100)


def test_optional_int_is_none_when_absent_or_empty():
    assert optional_int(QueryDict(""), "page") is None
    assert optional_int(QueryDict("page="), "page") is None


def test_optional_int_reads_the_value_with_its_maximum():
    assert optional_int(QueryDict("year=2023"), "year", maximum=2100) == 2023
    with pytest.raises(Http404):
        optional_int(QueryDict("year=3000"), "year", maximum=2100)
    with pytest.raises(Http404):
        optional_int(QueryDict("year=x"), "year")


@pytest.mark.parametrize("value", ["academic-mobility", "round_tables_2", "a" * 255])
def test_optional_slug_returns_a_well_formed_slug(value):
    assert optional_slug(QueryDict(f"topic={value}"), "topic") == value


def test_optional_slug_is_none_when_absent_or_empty():
    assert optional_slug(QueryDict(""), "topic") is None
    assert optional_slug(QueryDict("topic="), "topic") is None


@pytest.mark.parametrize(
    "value",
    ["two words", " seminar", "a" * 256, "x\x00y", "новости", "a/b", "a.b"],
    ids=["space", "leading space", "too long", "nul", "cyrillic", "slash", "dot"],
)
def test_optional_slug_refuses_anything_else(value):
    params = QueryDict(mutable=True)
    params["topic"] = value

    with pytest.raises(Http404):
        optional_slug(params, "topic")


# Pagination ------------------------------------------------------------------------------------


def request(query=""):
    return RequestFactory().get(f"/uz/news/?{query}")


def test_the_first_page_by_default():
    page = paginate(request(), list(range(25)), 10)

    assert page.number == 1
    assert list(page.object_list) == list(range(10))


def test_the_page_asked_for_and_nothing_past_the_end():
    assert list(paginate(request("page=3"), list(range(25)), 10).object_list) == [
        20,
        21,
        22,
        23,
        24,
    ]
    with pytest.raises(Http404):
        paginate(request("page=4"), list(range(25)), 10)


def test_an_empty_listing_still_has_its_first_page():
    page = paginate(request(), [], 10)

    assert page.number == 1
    assert list(page.object_list) == []
    assert page.elided_range == [1]
    with pytest.raises(Http404):
        paginate(request("page=2"), [], 10)


GAP = Paginator.ELLIPSIS


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (1, [1, 2, 3, GAP, 30]),
        (15, [1, GAP, 13, 14, 15, 16, 17, GAP, 30]),
        (30, [1, GAP, 28, 29, 30]),
    ],
)
def test_elided_range_shows_two_pages_each_side_and_both_ends(number, expected):
    assert paginate(request(f"page={number}"), list(range(30)), 1).elided_range == expected


def count_queries_made(call):
    with CaptureQueriesContext(connection) as queries:
        result = call()
    return result, [query["sql"] for query in queries if "COUNT(" in query["sql"].upper()]


@pytest.mark.django_db
def test_the_count_is_kept_under_its_key_until_content_changes(locales):
    news = by_language(NewsIndexPage)["uz"]
    articles = NewsArticlePage.objects.listing(news.locale_id)
    key = (news.pk, "test")

    first, counted = count_queries_made(lambda: paginate(request(), articles, 2, count_key=key))
    second, recounted = count_queries_made(lambda: paginate(request(), articles, 2, count_key=key))

    assert len(counted) == 1
    assert recounted == []
    assert first.paginator.count == second.paginator.count == articles.count() == 3
    NewsArticlePageFactory(parent=news)
    assert paginate(request(), articles, 2, count_key=key).paginator.count == 4


# Cache keys and the pages a listing may show ---------------------------------------------------


LISTING = SimpleNamespace(pk=7)


def test_filter_key_ignores_the_page_number_and_the_order_of_parameters():
    key = filter_key(LISTING, QueryDict("topic=webinars&year=2023"))

    assert filter_key(LISTING, QueryDict("year=2023&page=3&topic=webinars")) == key
    assert key == (7, ("topic", "webinars"), ("year", "2023"))


def test_filter_key_tells_filters_and_extras_apart():
    key = filter_key(LISTING, QueryDict("topic=webinars"), "2024-01-01")

    assert key == (7, "2024-01-01", ("topic", "webinars"))
    assert filter_key(LISTING, QueryDict("topic=seminars"), "2024-01-01") != key
    assert filter_key(LISTING, QueryDict("topic=webinars"), "2024-01-02") != key
    assert filter_key(SimpleNamespace(pk=8), QueryDict("topic=webinars"), "2024-01-01") != key


@pytest.mark.django_db
def test_listing_holds_only_the_live_public_pages_of_one_language(locales):
    news = by_language(NewsIndexPage)
    shown = NewsArticlePageFactory(parent=news["uz"])
    draft = NewsArticlePageFactory(parent=news["uz"], draft=True)
    other_language = NewsArticlePageFactory(parent=news["ru"])
    private = NewsArticlePageFactory(parent=news["uz"])
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="maxfiy"
    )

    listed = list(NewsArticlePage.objects.listing(news["uz"].locale_id))

    assert shown in listed
    assert {draft, other_language, private}.isdisjoint(listed)
    assert {page.locale_id for page in listed} == {news["uz"].locale_id}
    assert all(page.live for page in listed)
