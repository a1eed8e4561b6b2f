"""Sessions shared by every application server: in the database, read through Redis when
REDIS_URL is set ("cached_db"), so a login made on one server is valid on the others and
survives a Redis restart. Run once with REDIS_URL set to exercise the Redis cache itself."""

import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client, override_settings

import pytest

from site_config.settings.base import session_engine

pytestmark = pytest.mark.django_db

CACHED_DB = "django.contrib.sessions.backends.cached_db"
ADMIN = "/admin/"


@pytest.fixture
def editor():
    return get_user_model().objects.create_superuser("editor", "editor@example.org", "x")


def log_in_on_one_server(user):
    first = Client()
    first.force_login(user)
    return first.cookies[settings.SESSION_COOKIE_NAME].value


def visit_admin_on_another_server(session_key):
    second = Client()
    second.cookies[settings.SESSION_COOKIE_NAME] = session_key
    return second.get(ADMIN)


def test_with_redis_sessions_are_cached_and_written_through_to_the_database():
    assert session_engine("redis://127.0.0.1:6379/0") == CACHED_DB
    assert session_engine("") == "django.contrib.sessions.backends.db"


def test_the_configured_engine_follows_redis_url():
    expected = CACHED_DB if os.environ.get("REDIS_URL") else "django.contrib.sessions.backends.db"
    assert expected == settings.SESSION_ENGINE
    if os.environ.get("REDIS_URL"):
        assert settings.CACHES[settings.SESSION_CACHE_ALIAS]["BACKEND"].endswith("RedisCache")


def test_a_login_is_valid_through_another_client(editor):
    session_key = log_in_on_one_server(editor)

    response = visit_admin_on_another_server(session_key)

    assert response.status_code == 200
    assert response.context["request"].user == editor


def test_a_forged_session_key_is_not_logged_in(editor):
    log_in_on_one_server(editor)

    response = visit_admin_on_another_server("forged0session0key0forged0session")

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


@override_settings(SESSION_ENGINE=CACHED_DB)
def test_cached_sessions_are_read_from_the_shared_cache(editor):
    session_key = log_in_on_one_server(editor)

    assert cache.get(f"django.contrib.sessions.cached_db{session_key}") is not None


@override_settings(SESSION_ENGINE=CACHED_DB)
def test_cached_sessions_survive_a_cache_flush(editor):
    session_key = log_in_on_one_server(editor)
    cache.delete(f"django.contrib.sessions.cached_db{session_key}")

    response = visit_admin_on_another_server(session_key)

    assert response.status_code == 200
    assert response.context["request"].user == editor
