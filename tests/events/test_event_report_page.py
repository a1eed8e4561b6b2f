"""The Sechenov exchange report in Uzbek, Russian and English."""

import re

from django.utils.html import escape

import pytest

from partners.models import PartnerProfilePage
from tests.helpers import visible_text

pytestmark = pytest.mark.django_db

LANGUAGES = ["uz", "ru", "en"]
# 5–10 June 2023 as templates/includes/date_range.html writes a range within one month, with
# the formats of site_config/formats/ (Uzbek: year first, no-break hyphens, lowercase months).
DATES = {
    "uz": "2023\u2011yil 5–10\u2011iyun",
    "ru": "5–10 июня 2023 г.",
    "en": "5–10 June 2023",
}
PARTICIPANTS = {
    "uz": ["D. R. Xudoyarova", "S. A. Tilyavova", "Z. A. Shopulotova", "Sh. A. Shopulotov"],
    "ru": ["Д. Р. Худоярова", "С. А. Тилявова", "З. А. Шопулотова", "Ш. А. Шопулотов"],
    "en": ["D. R. Khudoyarova", "S. A. Tilyavova", "Z. A. Shopulotova", "Sh. A. Shopulotov"],
}


def get(client, language):
    response = client.get(f"/{language}/events/sechenov-2023/")
    assert response.status_code == 200
    return response.content.decode()


def date_range(html):
    """The visible text of the 5–10 June 2023 range, from its first <time> to its last."""
    match = re.search(
        r'<time datetime="2023-06-05">.*?<time datetime="2023-06-10">.*?</time>', html, re.S
    )
    assert match, "no <time> elements for 5 and 10 June 2023"
    return visible_text(match.group(0)).replace(" – ", "–").replace("– ", "–")


@pytest.mark.parametrize("language", LANGUAGES)
def test_report_answers_in_each_language_with_its_title(client, sechenov, language):
    html = get(client, language)

    assert f'<html lang="{language}">' in html
    assert f"<h1>{escape(sechenov[language].title)}</h1>" in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_report_shows_the_dates_in_the_readers_format(client, sechenov, language):
    assert date_range(get(client, language)) == DATES[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_partner_is_named_and_linked_in_the_readers_language(client, sechenov, language):
    html = get(client, language)

    partner = PartnerProfilePage.objects.get(slug="sechenov", locale=sechenov[language].locale)
    assert f'<a href="/{language}/partners/sechenov/">{escape(partner.title)}</a>' in html
    for other in set(LANGUAGES) - {language}:
        assert f'href="/{other}/partners/sechenov/"' not in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_participants_are_named_in_the_readers_language(client, sechenov, language):
    html = get(client, language)

    places = [html.index(escape(name)) for name in PARTICIPANTS[language]]
    assert places == sorted(places), "participants out of order"
    for other in set(LANGUAGES) - {language}:
        for name in set(PARTICIPANTS[other]) - set(PARTICIPANTS[language]):
            assert escape(name) not in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_participants_come_from_the_translated_people(client, sechenov, language):
    response = client.get(f"/{language}/events/sechenov-2023/")

    people = [person for person, _role in response.context["participants"]]
    assert [person.locale.language_code for person in people] == [language] * 4
    assert [person.name for person in people] == PARTICIPANTS[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_report_shows_the_number_of_students(client, sechenov, language):
    html = get(client, language)

    assert sechenov[language].students == 9
    assert re.search(r"<dd>\s*9\s*</dd>", html)


def test_english_report_labels_the_number_of_students(client, sechenov):
    assert "Students 9" in visible_text(get(client, "en"))


def language_switcher_links(html):
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S)
    assert nav, "no language switcher"
    links = re.findall(r'<a href="([^"]*)" lang="([^"]+)"', nav.group(0))
    return {code: href for href, code in links}


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_switcher_links_to_the_same_report_in_each_language(client, sechenov, language):
    html = get(client, language)

    assert language_switcher_links(html) == {
        code: f"/{code}/events/sechenov-2023/" for code in LANGUAGES
    }
    assert 'class="is-unavailable"' not in html
    current = re.search(
        r'<a href="([^"]*)"[^>]*aria-current="true"', html.split("language-switcher")[1]
    )
    assert current.group(1) == f"/{language}/events/sechenov-2023/"


@pytest.mark.parametrize("language", LANGUAGES)
def test_report_links_its_translations_for_search_engines(client, sechenov, language):
    html = get(client, language)

    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))
    assert alternates == {
        **{code: f"http://testserver/{code}/events/sechenov-2023/" for code in LANGUAGES},
        "uz-Cyrl": "http://testserver/uz-cyrl/events/sechenov-2023/",
        "x-default": "http://testserver/uz/events/sechenov-2023/",
    }


def test_a_translation_taken_offline_drops_out_of_the_switcher(client, sechenov):
    sechenov["en"].unpublish()

    html = get(client, "ru")

    assert "en" not in language_switcher_links(html)
    assert '<span class="is-unavailable"><span lang="en">English</span>' in html
    assert client.get("/en/events/sechenov-2023/").status_code == 404
