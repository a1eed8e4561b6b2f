"""Settings read the environment; production refuses to start without a real secret key."""

import os
import subprocess
import sys

from django.conf import settings

import pytest

from site_config.settings.base import cache_settings

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

    assert cache["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert cache["LOCATION"] == "redis://127.0.0.1:6379/3"


def test_the_cache_in_use_stores_and_reads_back(db):
    from django.core.cache import cache

    cache.set("settings-test-key", "Сеченов", 30)

    assert cache.get("settings-test-key") == "Сеченов"


def test_languages_are_uzbek_russian_english_with_uzbek_the_default():
    assert settings.LANGUAGE_CODE == "uz"
    assert [code for code, _name in settings.LANGUAGES] == ["uz", "ru", "en"]
    assert settings.WAGTAIL_CONTENT_LANGUAGES == settings.LANGUAGES
    assert settings.WAGTAIL_I18N_ENABLED
