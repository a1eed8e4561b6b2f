"""Language prefixes, the root redirect, the base template's i18n links and the 404 page."""

import re

import pytest

from home.models import ContentPage

pytestmark = pytest.mark.django_db

INTERFACE = {
    "uz": {
        "skip": "Asosiy mazmunga oʻtish",
        "home": "Bosh sahifa",
        "footer": "oʻzbek, rus va ingliz",
    },
    "ru": {"skip": "Перейти к основному содержанию", "home": "Главная", "footer": "на узбекском"},
    "en": {
        "skip": "Skip to main content",
        "home": "Home",
        "footer": "in Uzbek, Russian and English",
    },
}


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("ru", "/ru/"),
        ("ru-RU,ru;q=0.9,en;q=0.5", "/ru/"),
        ("en", "/en/"),
        ("en-GB,en;q=0.8", "/en/"),
        ("uz", "/uz/"),
        ("fr-FR,fr;q=0.9", "/uz/"),
        ("", "/uz/"),
    ],
)
def test_root_redirects_to_the_visitors_language(client, homes, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})

    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_each_language_home_answers_in_its_language(client, homes, language):
    response = client.get(f"/{language}/")
    html = response.content.decode()

    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert homes[language].title in html
    for text in INTERFACE[language].values():
        assert text in html


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_home_links_its_translations_and_itself(client, homes, language):
    html = client.get(f"/{language}/").content.decode()

    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))
    assert alternates == {
        "uz": "http://testserver/uz/",
        "uz-Cyrl": "http://testserver/uz-cyrl/",
        "ru": "http://testserver/ru/",
        "en": "http://testserver/en/",
        "x-default": "http://testserver/uz/",
    }
    assert f'<link rel="canonical" href="http://testserver/{language}/">' in html


def test_language_switcher_links_to_the_same_page_in_each_language(client, homes):
    html = client.get("/en/").content.decode()

    assert '<a href="/uz/" lang="uz" hreflang="uz">Oʻzbekcha</a>' in html
    assert '<a href="/ru/" lang="ru" hreflang="ru">Русский</a>' in html
    assert 'href="/en/" lang="en" hreflang="en" aria-current="true"' in html


def test_switcher_shows_a_language_without_a_translation_disabled(client, homes):
    uz_only = homes["uz"].add_child(instance=ContentPage(title="Faqat oʻzbekcha", slug="faqat"))

    html = client.get(uz_only.get_url()).content.decode()

    assert '<span class="is-unavailable"><span lang="ru">Русский</span>' in html
    assert 'href="/ru/" lang="ru"' not in html
    alternates = re.findall(r'hreflang="([^"]+)" href=', html)
    assert alternates == ["uz", "uz-Cyrl", "x-default"]


@pytest.mark.parametrize(
    ("url", "heading"),
    [
        ("/uz/yoq-sahifa/", "Sahifa topilmadi"),
        ("/ru/net-takoy/", "Страница не найдена"),
        ("/en/no-such-page/", "Page not found"),
    ],
)
def test_unknown_url_answers_a_translated_404(client, homes, url, heading):
    response = client.get(url)

    assert response.status_code == 404
    html = response.content.decode()
    assert heading in html
    assert f'<html lang="{url[1:3]}">' in html


def test_unprefixed_unknown_url_ends_in_a_404_not_a_500(client, homes):
    response = client.get("/no-such-thing/", follow=True)

    assert response.status_code == 404


def test_unpublished_translation_is_a_404(client, homes):
    homes["ru"].unpublish()

    assert client.get("/ru/").status_code == 404


def test_pages_load_nothing_from_another_host(client, homes):
    html = client.get("/en/").content.decode()

    external = re.findall(r'(?:src|href)="(https?://[^"]+)"', html)
    assert [url for url in external if not url.startswith("http://testserver/")] == []


def test_admin_lives_outside_the_language_prefix(client, homes):
    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.parametrize(
    "url", ["/api/v2/pages/999999/", "/api/v2/nothing-here/", "/documents/0/x/"]
)
def test_unknown_urls_outside_the_language_prefix_are_plain_404s(client, url):
    response = client.get(url)

    assert response.status_code == 404


def test_switcher_on_the_search_page_keeps_the_query(client, homes):
    html = client.get("/en/search/?q=Sechenov").content.decode()

    assert 'href="/ru/search/?q=Sechenov" lang="ru"' in html
    assert 'href="/uz/search/?q=Sechenov" lang="uz"' in html


def test_switcher_on_a_404_page_links_to_the_homes(client, homes):
    html = client.get("/en/no-such-page/").content.decode()

    assert 'href="/ru/" lang="ru"' in html
