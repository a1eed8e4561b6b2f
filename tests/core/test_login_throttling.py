"""Admin login throttling (django-axes): five failures lock a username at an address out."""

import datetime
import logging

from django.core.management import call_command
from django.test import RequestFactory
from django.utils import timezone, translation

import pytest
from axes.models import AccessAttempt
from axes.utils import reset

from core.security import client_ip_address

PASSWORD = "correct-horse-battery-7"
ATTACKER = "203.0.113.7"
LOCKOUT_TITLE = "Too many failed sign-in attempts"


@pytest.fixture
def axes(settings):
    # Off in the test settings because Django's test client logs in without a request.
    settings.AXES_ENABLED = True
    return settings


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", PASSWORD)


def sign_in(client, password, username="editor", ip=ATTACKER, forwarded_for=None, language="uz"):
    headers = {"accept-language": language}
    if forwarded_for is not None:
        headers["x-forwarded-for"] = forwarded_for
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=ip,
        headers=headers,
    )


def fail(client, times, **kwargs):
    return [sign_in(client, f"wrong-{attempt}", **kwargs) for attempt in range(times)]


def signed_in(client):
    return "_auth_user_id" in client.session


def in_language(language, message):
    with translation.override(language):
        return translation.gettext(message)


def test_four_failures_only_show_the_login_form_again(axes, client, editor):
    responses = fail(client, 4)

    assert [response.status_code for response in responses] == [200] * 4
    assert b'name="password"' in responses[-1].content
    assert sign_in(client, PASSWORD).status_code == 302
    assert signed_in(client)


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_the_fifth_failure_locks_out_with_a_translated_message(axes, client, editor, language):
    *_, fifth = fail(client, 5, language=language)

    assert fifth.status_code == 429
    page = fifth.content.decode()
    assert in_language(language, LOCKOUT_TITLE) in page
    assert "15" in page
    assert 'name="password"' not in page


def test_the_right_password_is_refused_while_locked_out(axes, client, editor):
    fail(client, 5)

    response = sign_in(client, PASSWORD)

    assert response.status_code == 429
    assert in_language("uz", LOCKOUT_TITLE) in response.content.decode()
    assert not signed_in(client)


def test_the_lockout_is_for_that_username_at_that_address_only(axes, client, editor):
    fail(client, 5)

    assert sign_in(client, PASSWORD, ip="198.51.100.20").status_code == 302


def test_a_spoofed_forwarded_for_header_does_not_dodge_the_lockout(axes, client, editor):
    for attempt in range(5):
        sign_in(client, "wrong", forwarded_for=f"10.9.8.{attempt}")

    response = sign_in(client, PASSWORD, forwarded_for="10.9.8.200")

    assert response.status_code == 429


def test_the_lockout_is_logged(axes, client, editor, caplog):
    caplog.set_level(logging.WARNING, logger="axes")

    fail(client, 5)

    lockouts = [record for record in caplog.records if "Locking out" in record.getMessage()]
    assert len(lockouts) == 1
    assert lockouts[0].levelno == logging.WARNING
    assert lockouts[0].name.startswith("axes")


def test_axes_reset_command_lifts_the_lockout(axes, client, editor):
    fail(client, 5)
    assert sign_in(client, PASSWORD).status_code == 429

    call_command("axes_reset")

    assert sign_in(client, PASSWORD).status_code == 302
    assert signed_in(client)


def test_resetting_one_address_lifts_the_lockout(axes, client, editor):
    fail(client, 5)

    reset(ip=ATTACKER)

    assert sign_in(client, PASSWORD).status_code == 302


def test_the_lockout_ends_after_the_fifteen_minute_cool_off(axes, client, editor):
    fail(client, 5)
    assert sign_in(client, PASSWORD).status_code == 429

    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=16))

    assert sign_in(client, PASSWORD).status_code == 302


def test_a_successful_login_clears_earlier_failures(axes, client, editor):
    fail(client, 4)
    sign_in(client, PASSWORD)
    client.logout()

    assert [response.status_code for response in fail(client, 4)] == [200] * 4


def test_failed_logins_store_no_password(axes, client, editor):
    fail(client, 2)

    attempt = AccessAttempt.objects.get()
    assert "wrong-" not in attempt.post_data
    assert attempt.ip_address == ATTACKER


def request_from(remote_addr, forwarded_for=None):
    meta = {"REMOTE_ADDR": remote_addr}
    if forwarded_for is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return RequestFactory().post("/admin/login/", **meta)


@pytest.mark.parametrize(
    ("proxies", "remote_addr", "forwarded_for", "expected"),
    [
        # No proxy configured: the header is the client's own claim and is ignored.
        (0, "203.0.113.7", "198.51.100.1", "203.0.113.7"),
        # One proxy appends the address it saw; whatever the client put before it is ignored.
        (1, "10.0.0.2", "6.6.6.6, 198.51.100.1", "198.51.100.1"),
        (2, "10.0.0.2", "6.6.6.6, 198.51.100.1, 10.0.0.1", "198.51.100.1"),
        (1, "10.0.0.2", "2001:db8::1", "2001:db8::1"),
        # Fewer hops than proxies, or not an address at all: fall back to the socket address.
        (2, "10.0.0.2", "198.51.100.1", "10.0.0.2"),
        (1, "10.0.0.2", "<script>", "10.0.0.2"),
        (1, "10.0.0.2", None, "10.0.0.2"),
    ],
)
def test_client_address_comes_from_forwarded_for_only_behind_trusted_proxies(
    settings, proxies, remote_addr, forwarded_for, expected
):
    settings.TRUSTED_PROXY_COUNT = proxies

    assert client_ip_address(request_from(remote_addr, forwarded_for)) == expected


def test_behind_a_proxy_clients_are_locked_out_one_by_one(axes, client, editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = "10.0.0.2"
    for _ in range(5):
        sign_in(client, "wrong", ip=proxy, forwarded_for="198.51.100.1")

    locked = sign_in(client, PASSWORD, ip=proxy, forwarded_for="198.51.100.1")
    other = sign_in(client, PASSWORD, ip=proxy, forwarded_for="198.51.100.2")

    assert locked.status_code == 429
    assert other.status_code == 302
