"""The department's name, written once in core/identity.py, as every page's frame shows it.

Covers the header, footer and <title> of pages, of search and of the 404 in each language; the
`{% department_name %}` tags that give templates the name; and
the helpers for messages that embed the name and for identifiers that want it in English.
"""

import re

from django.template import Context, Template
from django.utils import translation

import pytest

from core.identity import english_department_name, naming_department

pytestmark = pytest.mark.django_db

NAME = {
    "uz": "Akusherlik va ginekologiya №1 kafedrasi",
    "ru": "Кафедра акушерства и гинекологии №1",
    "en": "Department of Obstetrics and Gynecology No. 1",
}
SHORT_NAME = {
    "uz": "Akusherlik va ginekologiya №1",
    "ru": "Акушерство и гинекология №1",
    "en": "Obstetrics and Gynecology No. 1",
}
SEARCH = {"uz": "Qidirish", "ru": "Поиск", "en": "Search"}


def text_of(html, pattern):
    match = re.search(pattern, html, re.S)
    assert match, pattern
    return match.group(1).strip()


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_the_frame_names_the_department_in_the_language_shown(client, locales, language):
    html = client.get(f"/{language}/partners/").content.decode()

    assert text_of(html, r'<span class="site-name__unit">(.*?)</span>') == NAME[language]
    assert text_of(html, r'<p class="site-footer__name">(.*?)</p>') == NAME[language]
    assert text_of(html, r"<title>(.*?)</title>").endswith(f" · {SHORT_NAME[language]}")


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_search_and_the_404_end_their_title_with_the_short_name(client, locales, language):
    search = client.get(f"/{language}/search/").content.decode()
    missing = client.get(f"/{language}/no-such-page/")

    assert missing.status_code == 404
    assert (
        text_of(search, r"<title>(.*?)</title>") == f"{SEARCH[language]} · {SHORT_NAME[language]}"
    )
    assert text_of(missing.content.decode(), r"<title>(.*?)</title>").endswith(
        f" · {SHORT_NAME[language]}"
    )


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_the_tags_give_the_names_in_the_active_language(language):
    template = Template("{% load identity_tags %}{% department_name %}|{% department_short_name %}")
    with translation.override(language):
        rendered = template.render(Context({}))

    assert rendered.split("|") == [NAME[language], SHORT_NAME[language]]


def test_a_message_takes_the_name_in_the_language_active_when_it_is_used():
    message = "%(department)s: events"

    with translation.override("ru"):
        assert naming_department(message) == f"{NAME['ru']}: events"
    with translation.override("uz"):
        assert naming_department(message) == f"{NAME['uz']}: events"


def test_the_english_name_is_english_in_any_language():
    with translation.override("uz"):
        assert english_department_name() == NAME["en"]
