"""/healthz: database and cache status as JSON for the load balancer, never cached.

A dead database is 503; a dead cache is 200 "degraded" (pages still come from the database)
unless the caller asks `?strict=1`.
"""

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


def test_cache_that_raises_answers_degraded_and_503_when_strict(client, monkeypatch):
    def broken_set(*args, **kwargs):
        raise ConnectionError("redis is down")

    monkeypatch.setattr(cache, "set", broken_set)

    response = client.get(URL)
    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "database": "ok", "cache": "error"}

    strict = client.get(URL, {"strict": "1"})
    assert strict.status_code == 503
    assert strict.json() == {"status": "error", "database": "ok", "cache": "error"}


def test_cache_that_forgets_is_reported_as_an_error(client, monkeypatch):
    monkeypatch.setattr(cache, "get", lambda *args, **kwargs: None)

    response = client.get(URL, {"strict": "1"})

    assert response.status_code == 503
    assert response.json()["cache"] == "error"


def test_strict_changes_nothing_when_every_part_works(client):
    response = client.get(URL, {"strict": "1"})
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


def test_only_reads_are_allowed(client):
    assert client.post(URL).status_code == 405
    assert client.head(URL).status_code == 200
