"""Settings read the environment; production refuses to start without a real secret key."""

import json
import os
import subprocess
import sys

from django.conf import settings

import pytest

from site_config.settings.base import cache_settings, email_settings, media_origins
from site_config.settings.components.environment import Env

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "site_config.settings.production",
    "SECRET_KEY": "p" * 10 + "-a-long-random-production-secret-for-the-check-1234567890",
    "ALLOWED_HOSTS": "obgyn.example.org",
    "DATABASE_URL": "sqlite:////tmp/obgyn-production-check.sqlite3",
}


def run_manage(*args, env):
    # The browser tests' DJANGO_ALLOW_ASYNC_UNSAFE must not leak into a deployment check.
    leave_out = {*PRODUCTION_ENV, "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean_env = {key: value for key, value in os.environ.items() if key not in leave_out}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env={**clean_env, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deployment_check():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("secret_key", "reason"),
    [(None, "SECRET_KEY is not set"), ("dev-only-insecure-key", "SECRET_KEY is too weak")],
)
def test_production_refuses_to_start_without_a_real_secret_key(secret_key, reason):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "SECRET_KEY"}
    if secret_key is not None:
        env["SECRET_KEY"] = secret_key

    result = run_manage("check", env=env)

    assert result.returncode != 0
    assert result.stderr.strip().startswith(reason)
    assert len(result.stderr.strip().splitlines()) == 1


def test_cache_is_local_memory_without_redis_url():
    assert cache_settings("")["default"]["BACKEND"].endswith("LocMemCache")


def test_cache_uses_redis_when_redis_url_is_set():
    cache = cache_settings("redis://127.0.0.1:6379/3")["default"]

    # Django's RedisCache, turning an outage into misses (core.cache_backends).
    assert cache["BACKEND"] == "core.cache_backends.FaultTolerantRedisCache"
    assert cache["LOCATION"] == "redis://127.0.0.1:6379/3"
    assert cache["OPTIONS"]["socket_timeout"] > 0


def test_the_cache_in_use_stores_and_reads_back(db):
    from django.core.cache import cache

    cache.set("settings-test-key", "Сеченов", 30)

    assert cache.get("settings-test-key") == "Сеченов"


def test_languages_are_uzbek_russian_english_with_uzbek_the_default():
    assert settings.LANGUAGE_CODE == "uz"
    assert [code for code, _name in settings.LANGUAGES] == ["uz", "ru", "en"]
    assert settings.WAGTAIL_CONTENT_LANGUAGES == settings.LANGUAGES
    assert settings.WAGTAIL_I18N_ENABLED


def test_email_url_gives_host_port_credentials_and_starttls():
    assert email_settings("smtp://mailer%40obgyn.uz:p%40ss@smtp.example.uz:587?tls=true") == {
        "EMAIL_HOST": "smtp.example.uz",
        "EMAIL_PORT": 587,
        "EMAIL_HOST_USER": "mailer@obgyn.uz",
        "EMAIL_HOST_PASSWORD": "p@ss",
        "EMAIL_USE_TLS": True,
        "EMAIL_USE_SSL": False,
    }


def test_email_url_defaults_to_port_587_with_starttls():
    settings_ = email_settings("smtp://smtp.example.uz")

    assert settings_["EMAIL_PORT"] == 587
    assert settings_["EMAIL_USE_TLS"] is True
    assert settings_["EMAIL_HOST_USER"] == settings_["EMAIL_HOST_PASSWORD"] == ""


def test_email_url_can_turn_tls_off():
    settings_ = email_settings("smtp://relay.local:25?tls=false")

    assert settings_["EMAIL_PORT"] == 25
    assert settings_["EMAIL_USE_TLS"] is False
    assert settings_["EMAIL_USE_SSL"] is False


def test_smtps_email_url_uses_ssl_on_port_465_and_never_tls_with_it():
    settings_ = email_settings("smtps://user:pass@smtp.example.uz?tls=true")

    assert settings_["EMAIL_PORT"] == 465
    assert settings_["EMAIL_USE_SSL"] is True
    assert settings_["EMAIL_USE_TLS"] is False


def test_email_url_with_another_scheme_is_refused():
    with pytest.raises(ValueError, match="EMAIL_URL"):
        email_settings("http://smtp.example.uz")


def test_wagtail_notifications_come_from_the_default_sender():
    assert settings.WAGTAILADMIN_NOTIFICATION_FROM_EMAIL == settings.DEFAULT_FROM_EMAIL


def test_email_settings_are_read_from_the_environment():
    code = (
        "from django.conf import settings as s; "
        "print(s.EMAIL_HOST, s.EMAIL_PORT, s.EMAIL_HOST_USER, s.EMAIL_USE_TLS, s.EMAIL_USE_SSL, "
        "s.DEFAULT_FROM_EMAIL, s.SERVER_EMAIL, s.WAGTAILADMIN_NOTIFICATION_FROM_EMAIL)"
    )
    env = {
        "DJANGO_SETTINGS_MODULE": "site_config.settings.dev",
        "EMAIL_URL": "smtp://mailer:secret@smtp.example.uz:2525",
        "DEFAULT_FROM_EMAIL": "kafedra@example.uz",
    }

    result = run_manage("shell", "-c", code, env=env)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1].split() == [
        "smtp.example.uz",
        "2525",
        "mailer",
        "True",
        "False",
        "kafedra@example.uz",
        "kafedra@example.uz",
        "kafedra@example.uz",
    ]


def test_production_locks_down_cookies_headers_and_logins():
    code = (
        "import json; from django.conf import settings as s; print(json.dumps({"
        "'hsts': s.SECURE_HSTS_SECONDS, 'subdomains': s.SECURE_HSTS_INCLUDE_SUBDOMAINS, "
        "'ssl_redirect': s.SECURE_SSL_REDIRECT, 'nosniff': s.SECURE_CONTENT_TYPE_NOSNIFF, "
        "'referrer': s.SECURE_REFERRER_POLICY, 'frames': s.X_FRAME_OPTIONS, "
        "'cookies': [s.SESSION_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, s.CSRF_COOKIE_SECURE, "
        "s.CSRF_COOKIE_HTTPONLY, s.LANGUAGE_COOKIE_SECURE], "
        "'csp': s.CONTENT_SECURITY_POLICY['DIRECTIVES'], 'middleware': s.MIDDLEWARE, "
        "'backends': s.AUTHENTICATION_BACKENDS, 'axes': [s.AXES_ENABLED, s.AXES_FAILURE_LIMIT, "
        "s.AXES_COOLOFF_TIME.total_seconds(), s.TRUSTED_PROXY_COUNT], "
        "'inline_documents': s.WAGTAILDOCS_INLINE_CONTENT_TYPES}))"
    )

    result = run_manage("shell", "-c", code, env=PRODUCTION_ENV)

    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout.strip().splitlines()[-1])
    assert values["hsts"] >= 365 * 24 * 60 * 60
    assert values["subdomains"] is values["ssl_redirect"] is values["nosniff"] is True
    assert values["referrer"] == "strict-origin-when-cross-origin"
    assert values["frames"] == "DENY"
    assert values["cookies"] == [True] * 5
    assert values["csp"]["script-src"] == values["csp"]["style-src"] == ["'self'"]
    assert values["csp"]["frame-ancestors"] == values["csp"]["object-src"] == ["'none'"]
    for middleware in (
        "core.security.SiteCSPMiddleware",
        "core.security.PermissionsPolicyMiddleware",
        "axes.middleware.AxesMiddleware",
    ):
        assert middleware in values["middleware"]
    assert values["backends"][0] == "axes.backends.AxesStandaloneBackend"
    # Enabled, 5 failures, 15 minutes, the socket address unless proxies are declared.
    assert values["axes"] == [True, 5, 900.0, 0]
    assert values["inline_documents"] == []


def test_trusted_proxy_count_comes_from_the_environment():
    env = {**PRODUCTION_ENV, "TRUSTED_PROXY_COUNT": "2"}

    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.TRUSTED_PROXY_COUNT)",
        env=env,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "2"


@pytest.mark.parametrize(
    ("environ", "origins"),
    [
        ({}, []),
        ({"AWS_S3_CUSTOM_DOMAIN": "media.example.org"}, []),
        (
            {"AWS_STORAGE_BUCKET_NAME": "obgyn", "AWS_S3_CUSTOM_DOMAIN": "media.example.org"},
            ["https://media.example.org"],
        ),
        (
            {
                "AWS_STORAGE_BUCKET_NAME": "obgyn",
                "AWS_S3_ENDPOINT_URL": "https://s3.example.uz:9000/",
            },
            ["https://s3.example.uz:9000"],
        ),
        (
            {"AWS_STORAGE_BUCKET_NAME": "obgyn", "AWS_S3_REGION_NAME": "eu-central-1"},
            ["https://obgyn.s3.amazonaws.com", "https://obgyn.s3.eu-central-1.amazonaws.com"],
        ),
    ],
)
def test_images_from_a_media_bucket_are_allowed_by_the_content_security_policy(environ, origins):
    assert media_origins(environ) == origins


def test_environment_values_are_taken_as_written(monkeypatch):
    monkeypatch.setenv("EMAIL_HOST_PASSWORD", "$HOME-is-not-a-reference")

    assert Env().str("EMAIL_HOST_PASSWORD", "") == "$HOME-is-not-a-reference"


def test_a_blank_number_or_switch_means_its_default(monkeypatch):
    monkeypatch.setenv("PAGE_CACHE_TIMEOUT", "")
    monkeypatch.setenv("PAGE_CACHE_ENABLED", "")
    monkeypatch.setenv("CACHE_KEY_PREFIX", "")

    assert Env().int("PAGE_CACHE_TIMEOUT", 900) == 900
    assert Env().bool("PAGE_CACHE_ENABLED", True) is True
    # A blank string is a value: an empty key prefix.
    assert Env().str("CACHE_KEY_PREFIX", "obgyn") == ""


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1", True), ("yes", True), ("ON", True), ("true", True), ("0", False), ("false", False)],
)
def test_switches_read_the_usual_spellings(monkeypatch, value, expected):
    monkeypatch.setenv("PAGE_CACHE_ENABLED", value)

    assert Env().bool("PAGE_CACHE_ENABLED", not expected) is expected


def test_list_items_are_trimmed_and_empty_ones_dropped(monkeypatch):
    monkeypatch.setenv("ALLOWED_HOSTS", " a.example.org, b.example.org ,, ")

    assert Env().list("ALLOWED_HOSTS", default=[]) == ["a.example.org", "b.example.org"]


DATABASE_URL_PARTS = (
    "ENGINE",
    "NAME",
    "USER",
    "PASSWORD",
    "HOST",
    "PORT",
    "OPTIONS",
    "CONN_MAX_AGE",
    "CONN_HEALTH_CHECKS",
)


def read_database_settings(database_url, **extra_env):
    code = "import json; from django.conf import settings as s; print(json.dumps(s.DATABASES))"
    env = {"DJANGO_SETTINGS_MODULE": "site_config.settings.dev", "DATABASE_URL": database_url}
    return run_manage("shell", "-c", code, env={**env, **extra_env})


def test_postgresql_database_url_with_connection_reuse_and_health_checks():
    result = read_database_settings(
        "postgres://obgyn:p%40ss@db.example.org:5433/obgyn?sslmode=require",
        DATABASE_CONN_MAX_AGE="120",
    )

    assert result.returncode == 0, result.stderr
    database = json.loads(result.stdout.strip().splitlines()[-1])["default"]
    assert {key: database[key] for key in DATABASE_URL_PARTS} == {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "obgyn",
        "USER": "obgyn",
        "PASSWORD": "p@ss",
        "HOST": "db.example.org",
        "PORT": 5433,
        "OPTIONS": {"sslmode": "require"},
        "CONN_MAX_AGE": 120,
        "CONN_HEALTH_CHECKS": True,
    }


def test_sqlite_database_url_gets_wal_and_immediate_transactions_and_keeps_its_options():
    result = read_database_settings("sqlite:////tmp/obgyn-settings.sqlite3?timeout=20")

    assert result.returncode == 0, result.stderr
    database = json.loads(result.stdout.strip().splitlines()[-1])["default"]
    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert database["NAME"] == "/tmp/obgyn-settings.sqlite3"
    assert database["CONN_MAX_AGE"] == 60
    assert database["CONN_HEALTH_CHECKS"] is True
    assert database["OPTIONS"] == {
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }


def test_a_database_url_without_a_scheme_is_refused():
    result = read_database_settings("db.example.org/obgyn")

    assert result.returncode != 0
    assert "DATABASE_URL is not a database URL" in result.stderr


def test_telegram_channels_are_read_from_the_environment_and_off_in_tests():
    code = (
        "from django.conf import settings as s; "
        "print(s.TELEGRAM_BOT_TOKEN, s.TELEGRAM_CHANNEL_UZ, s.TELEGRAM_CHANNEL_RU, "
        "s.TELEGRAM_CHANNEL_EN or '-', s.TELEGRAM_API_URL)"
    )
    env = {
        "DJANGO_SETTINGS_MODULE": "site_config.settings.dev",
        "TELEGRAM_BOT_TOKEN": "123:abc",
        "TELEGRAM_CHANNEL_UZ": "@kafedra_uz",
        "TELEGRAM_CHANNEL_RU": "-1001234",
    }

    result = run_manage("shell", "-c", code, env=env)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1].split() == [
        "123:abc",
        "@kafedra_uz",
        "-1001234",
        "-",
        "https://api.telegram.org",
    ]
    # A developer's real token never reaches the test suite.
    assert settings.TELEGRAM_BOT_TOKEN == ""
