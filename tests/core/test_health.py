"""/healthz: database and cache status as JSON for the load balancer, 200 or 503, never cached."""

from django.core.cache import cache
from django.db import OperationalError, connection

import pytest

pytestmark = pytest.mark.django_db

URL = "/healthz"


def test_healthy_site_answers_200_with_every_part_ok(client):
    response = client.get(URL)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


def test_response_is_never_stored(client):
    assert "no-store" in client.get(URL)["Cache-Control"]


def test_database_failure_answers_503_naming_the_database(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", broken_cursor)

    response = client.get(URL)

    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "error", "cache": "ok"}
    assert "no-store" in response["Cache-Control"]


def test_cache_that_raises_answers_503_naming_the_cache(client, monkeypatch):
    def broken_set(*args, **kwargs):
        raise ConnectionError("redis is down")

    monkeypatch.setattr(cache, "set", broken_set)

    response = client.get(URL)

    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "ok", "cache": "error"}


def test_cache_that_forgets_answers_503_naming_the_cache(client, monkeypatch):
    monkeypatch.setattr(cache, "get", lambda *args, **kwargs: None)

    response = client.get(URL)

    assert response.status_code == 503
    assert response.json()["cache"] == "error"


def test_only_reads_are_allowed(client):
    assert client.post(URL).status_code == 405
    assert client.head(URL).status_code == 200
