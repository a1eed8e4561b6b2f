"""Readers and missing translations: the switcher shows every language, disabled where the page
is not available, and a URL in a language without the page answers a 404 that links to it in
the languages where it is live."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext

from wagtail.models import PageViewRestriction

import pytest

from home.models import ContentPage

pytestmark = pytest.mark.django_db

NOT_AVAILABLE = "this page is not available in this language"


@pytest.fixture
def uz_and_ru_page(homes, locales, django_capture_on_commit_callbacks):
    """A page in Uzbek and Russian, never translated into English."""
    uz = homes["uz"].add_child(instance=ContentPage(title="Qabul kunlari", slug="qabul-kunlari"))
    uz.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        ru = uz.copy_for_translation(locales["ru"])
        ru.title = "Дни приёма"
        ru.save_revision().publish()
    return {"uz": uz, "ru": ContentPage.objects.get(pk=ru.pk)}


def count_queries(client, url, status):
    """Queries for `url` after a warm-up request (caches that live across requests)."""
    assert client.get(url).status_code == status
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == status
    return len(queries)


def switcher(html):
    return re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)


def not_available(language):
    with translation.override(language):
        return gettext(NOT_AVAILABLE)


def languages_offered(html):
    """The (language, URL) pairs the 404 page offers, in order."""
    block = re.search(r'<ul class="error-page__languages">(.*?)</ul>', html, re.S)
    if block is None:
        return []
    return re.findall(r'<a href="([^"]+)" lang="([^"]+)" hreflang="\2">', block.group(1))


@pytest.mark.parametrize("language", ["uz", "ru"])
def test_switcher_shows_english_disabled_where_the_page_is_not_translated(
    client, uz_and_ru_page, language
):
    other = "ru" if language == "uz" else "uz"
    response = client.get(f"/{language}/qabul-kunlari/")
    nav = switcher(response.content.decode())

    assert response.status_code == 200
    assert (
        f'<a href="/{language}/qabul-kunlari/" lang="{language}" hreflang="{language}" '
        'aria-current="true" class="is-current">'
    ) in nav
    assert f'<a href="/{other}/qabul-kunlari/" lang="{other}" hreflang="{other}">' in nav
    assert (
        '<span class="is-unavailable"><span lang="en">English</span>'
        f'<span class="visually-hidden">: {not_available(language)}</span></span>'
    ) in nav
    assert 'href="/en/' not in nav
    # Every language keeps its own name in its own language.
    names = re.findall(r'lang="(uz|ru|en)"(?: hreflang="\1")?[^>]*>([^<]+)<', nav)
    assert names == [("uz", "Oʻzbekcha"), ("ru", "Русский"), ("en", "English")]


def test_switcher_of_a_fully_translated_page_has_no_disabled_language(client, sechenov):
    nav = switcher(client.get("/en/events/sechenov-2023/").content.decode())

    assert "is-unavailable" not in nav
    assert '<a href="/ru/events/sechenov-2023/" lang="ru" hreflang="ru">Русский</a>' in nav


def test_a_page_missing_in_english_answers_a_404_linking_to_uzbek_and_russian(
    client, uz_and_ru_page
):
    response = client.get("/en/qabul-kunlari/")
    html = response.content.decode()

    assert response.status_code == 404
    assert '<html lang="en">' in html
    assert "Page not found" in html
    assert "This page is not available in this language" in html
    assert languages_offered(html) == [("/uz/qabul-kunlari/", "uz"), ("/ru/qabul-kunlari/", "ru")]
    assert ">Oʻzbekcha</a>" in html


def test_an_unpublished_english_translation_answers_a_404_linking_to_the_others(client, sechenov):
    sechenov["en"].unpublish()

    response = client.get("/en/events/sechenov-2023/")

    assert response.status_code == 404
    assert languages_offered(response.content.decode()) == [
        ("/uz/events/sechenov-2023/", "uz"),
        ("/ru/events/sechenov-2023/", "ru"),
    ]


def test_the_404_switcher_leads_to_the_page_where_it_exists(client, sechenov):
    sechenov["en"].unpublish()

    nav = switcher(client.get("/en/events/sechenov-2023/").content.decode())

    assert '<a href="/uz/events/sechenov-2023/" lang="uz" hreflang="uz">' in nav
    assert '<a href="/ru/events/sechenov-2023/" lang="ru" hreflang="ru">' in nav


def test_a_draft_translation_is_not_offered(client, sechenov):
    sechenov["en"].unpublish()
    sechenov["ru"].unpublish()

    html = client.get("/en/events/sechenov-2023/").content.decode()

    assert languages_offered(html) == [("/uz/events/sechenov-2023/", "uz")]
    assert "/ru/events/sechenov-2023/" not in html


@pytest.mark.parametrize("restricted", ["page", "section"])
def test_a_restriction_on_one_translation_keeps_every_language_from_being_offered(
    client, sechenov, restricted
):
    # A restriction covers every translation of the page it is set on (core.privacy): the
    # Uzbek report is as private as the Russian one it was set on.
    sechenov["en"].unpublish()
    private = sechenov["ru"] if restricted == "page" else sechenov["ru"].get_parent()
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )

    html = client.get("/en/events/sechenov-2023/").content.decode()

    assert languages_offered(html) == []
    assert "/ru/events/sechenov-2023/" not in html
    assert "/uz/events/sechenov-2023/" not in html


def test_an_unknown_path_offers_no_language(client, homes):
    response = client.get("/en/no-such-page/")
    html = response.content.decode()

    assert response.status_code == 404
    assert languages_offered(html) == []
    assert "error-page__languages" not in html
    assert "there is no page at this address" in html


def test_offering_other_languages_costs_at_most_two_queries(client, sechenov):
    sechenov["en"].unpublish()

    plain = count_queries(client, "/en/events/no-such-report/", status=404)
    offering = count_queries(client, "/en/events/sechenov-2023/", status=404)

    assert offering <= plain + 2
    html = client.get("/en/events/sechenov-2023/").content.decode()
    assert len(languages_offered(html)) == 2


def test_a_path_that_cannot_be_a_page_is_not_looked_up_elsewhere(client, homes):
    # Wagtail stops routing at the first missing slug, so both cost it the same; a path deeper
    # than any page of this site is not worth a lookup in the other languages.
    shallow = count_queries(client, "/en/no-such-page/", status=404)
    too_deep = count_queries(client, "/en/no-such-page/" + "a/" * 20, status=404)

    assert too_deep == shallow - 1


@pytest.mark.parametrize(
    "path",
    [
        "/en/%00/",
        "/en/events/%00sechenov-2023/",
        "/en/" + "a/" * 300,
        "/en/" + "x" * 5000 + "/",
        "/en/x'%20OR%201=1--/",
        "/en/%3Cscript%3Ealert(1)%3C/script%3E/",
        "/en/..%2F..%2Fetc%2Fpasswd/",
        "/en/events/sechenov-2023/%0a/",
        "/en/%ff%fe/",
    ],
)
def test_hostile_paths_answer_a_plain_404(client, sechenov, path):
    sechenov["en"].unpublish()

    response = client.get(path)

    assert response.status_code == 404
    html = response.content.decode()
    assert "<script>alert" not in html
    assert languages_offered(html) == []
