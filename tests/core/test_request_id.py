"""Every response carries an X-Request-ID: the proxy's when it is a sane token, else a new one."""

import re

from django.conf import settings

import pytest

from core.request_id import request_id_from

pytestmark = pytest.mark.django_db

URL = "/robots.txt"
NEW_ID = re.compile(r"[0-9a-f]{32}")


def test_the_middleware_comes_first():
    assert settings.MIDDLEWARE[0] == "core.request_id.RequestIDMiddleware"


def test_a_request_without_an_id_gets_a_fresh_one(client):
    first = client.get(URL)["X-Request-ID"]
    second = client.get(URL)["X-Request-ID"]

    assert NEW_ID.fullmatch(first)
    assert NEW_ID.fullmatch(second)
    assert first != second


@pytest.mark.parametrize("incoming", ["abc-123", "nginx.5f2e_9", "a" * 64])
def test_a_sane_incoming_id_is_kept(client, incoming):
    response = client.get(URL, headers={"X-Request-ID": incoming})

    assert response["X-Request-ID"] == incoming


@pytest.mark.parametrize(
    "incoming", ["a" * 65, "two words", "<script>", "id;rm -rf", "ид-кириллица", "a\tb"]
)
def test_an_unsafe_incoming_id_is_replaced(client, incoming):
    response = client.get(URL, headers={"X-Request-ID": incoming})

    assert NEW_ID.fullmatch(response["X-Request-ID"])


def test_the_id_is_on_error_pages_too(client):
    response = client.get("/uz/no-such-page/", headers={"X-Request-ID": "trace-404"})

    assert response.status_code == 404
    assert response["X-Request-ID"] == "trace-404"


def test_empty_and_missing_headers_get_a_fresh_id():
    assert NEW_ID.fullmatch(request_id_from(""))
    assert NEW_ID.fullmatch(request_id_from(None))
