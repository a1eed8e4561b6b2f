"""Password-protected pages: a reader who gives the right password sees the page; the unlocked
page never reaches the page cache, so other readers still get the password form; wrong passwords
from one address are throttled (core.security.PagePasswordThrottleMiddleware) with the form and
a message, HTTP 429, never a server error.
"""

from django.test import Client
from django.urls import reverse
from django.utils import translation

from wagtail.models import PageViewRestriction

import pytest

from core.security import TOO_MANY_PAGE_PASSWORDS
from tests.core.page_cache_helpers import HIT

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]

PASSWORD = "kafedra-maxfiy"


@pytest.fixture
def restriction(sechenov):
    return PageViewRestriction.objects.create(
        page=sechenov["uz"], restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
    )


def password_form_url(restriction, page):
    with translation.override(page.locale.language_code):
        return reverse("wagtailcore_authenticate_with_password", args=[restriction.id, page.id])


@pytest.fixture
def protected(restriction, sechenov):
    return sechenov["uz"], password_form_url(restriction, sechenov["uz"])


def too_many(language):
    with translation.override(language):
        return str(TOO_MANY_PAGE_PASSWORDS)


def reader(address):
    """A reader from `address`; each test uses its own, as the counts outlive a test."""
    return Client(REMOTE_ADDR=address)


def try_password(client, action_url, page, password):
    return client.post(action_url, {"password": password, "return_url": page.url})


def asks_for_the_password(response):
    return 'name="password"' in response.content.decode()


def test_the_right_password_unlocks_the_page_for_that_reader_only(protected):
    page, action_url = protected
    alice, bob = reader("203.0.113.1"), reader("198.51.100.4")
    assert asks_for_the_password(alice.get(page.url))

    unlocked = try_password(alice, action_url, page, PASSWORD)

    assert unlocked.status_code == 302
    assert unlocked["Location"] == page.url
    for _ in range(2):
        response = alice.get(page.url)
        assert page.title in response.content.decode()
        assert not asks_for_the_password(response)
        assert "X-Page-Cache" not in response
    for _ in range(2):
        response = bob.get(page.url)
        assert asks_for_the_password(response), "the unlocked page was served to another reader"
        assert response.get("X-Page-Cache") != HIT
        assert page.title not in response.content.decode()


def test_wrong_passwords_are_throttled_per_address(protected, settings):
    page, action_url = protected
    guesser = reader("203.0.113.2")

    for number in range(settings.PAGE_PASSWORD_FAILURE_LIMIT):
        response = try_password(guesser, action_url, page, f"guess-{number}")
        assert response.status_code == 200
        assert asks_for_the_password(response)
        assert too_many("uz") not in response.content.decode()

    # Now even the right password is not checked from this address.
    for password in ("guess-again", PASSWORD):
        throttled = try_password(guesser, action_url, page, password)
        assert throttled.status_code == 429
        assert too_many("uz") in throttled.content.decode()
        assert asks_for_the_password(throttled)
    assert asks_for_the_password(guesser.get(page.url))

    # Another address is not affected.
    assert try_password(reader("198.51.100.9"), action_url, page, PASSWORD).status_code == 302


def test_a_right_password_clears_the_count(protected, settings):
    page, action_url = protected
    client = reader("203.0.113.3")
    limit = settings.PAGE_PASSWORD_FAILURE_LIMIT

    for number in range(limit - 1):
        assert try_password(client, action_url, page, f"x{number}").status_code == 200
    assert try_password(client, action_url, page, PASSWORD).status_code == 302
    for number in range(limit - 1):
        assert try_password(client, action_url, page, f"y{number}").status_code == 200


def test_the_throttle_message_is_in_the_language_of_the_page(restriction, sechenov, settings):
    settings.PAGE_PASSWORD_FAILURE_LIMIT = 1
    page = sechenov["ru"]
    action_url = password_form_url(restriction, page)
    client = reader("192.0.2.1")
    assert try_password(client, action_url, page, "wrong").status_code == 200

    response = try_password(client, action_url, page, "wrong")

    assert response.status_code == 429
    assert "слишком много неверных паролей" in too_many("ru")
    assert too_many("ru") in response.content.decode()
