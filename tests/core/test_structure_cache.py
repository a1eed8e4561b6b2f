"""The structure cache (core.structure_cache): the content generation every cached structure and
page is keyed on, how a change bumps it (at once and again on commit), how keys are made, and
remember(), which builds a value once per generation. Also: without Redis, the production
processes of one server share the generation through the cache directory.
"""

import os
import subprocess
import sys
import time

from django.conf import settings as django_settings
from django.core.cache import cache

from wagtail.models import Page

import pytest

from core.structure_cache import (
    GENERATION_KEY,
    MAX_PLAIN_KEY,
    bump_generation,
    content_generation,
    invalidate,
    remember,
    structure_key,
)

# The generation --------------------------------------------------------------------------------


def test_invalidate_starts_the_next_generation():
    generation = content_generation()

    invalidate()

    assert content_generation() == generation + 1


@pytest.mark.parametrize("start", [content_generation, invalidate], ids=["read", "invalidate"])
def test_a_lost_generation_restarts_from_the_clock(start):
    # Counting up from 0 or 1 again could reach a generation that old entries still carry.
    before = time.time_ns()
    cache.delete(GENERATION_KEY)

    start()

    assert content_generation() >= before


@pytest.mark.django_db
def test_a_change_bumps_the_generation_now_and_again_on_commit(django_capture_on_commit_callbacks):
    generation = content_generation()

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        bump_generation()
        assert content_generation() == generation + 1

    assert len(callbacks) == 1
    assert content_generation() == generation + 2


# Keys ------------------------------------------------------------------------------------------


def test_plain_parts_stay_readable_in_the_key():
    assert structure_key("menu", 3, "uz") == f"structure:{content_generation()}:menu:3:uz"


@pytest.mark.parametrize(
    "parts",
    [("/ru/новости/",), ("a b",), ("x\x00y",), ("p" * (MAX_PLAIN_KEY + 1),), ("a", "b" * 200)],
    ids=["non-ascii", "space", "nul", "long", "long in total"],
)
def test_long_or_odd_parts_are_hashed(parts):
    key = structure_key("route", *parts)

    prefix, digest = key.rsplit(":", 1)
    assert prefix == f"structure:{content_generation()}:route"
    assert len(digest) == 64
    assert all(character in "0123456789abcdef" for character in digest)
    assert structure_key("route", *parts) == key


def test_keys_change_with_the_generation():
    before = structure_key("menu", "uz")

    invalidate()

    assert structure_key("menu", "uz") != before


# remember() ------------------------------------------------------------------------------------


class Builder:
    """A build function that counts its calls."""

    def __init__(self, value):
        self.value = value
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return self.value


def test_remember_builds_once_per_generation():
    build = Builder(["menu", 1])

    first = remember("test-menu", ("uz",), build)
    second = remember("test-menu", ("uz",), build)
    invalidate()
    third = remember("test-menu", ("uz",), build)

    assert first == second == third == ["menu", 1]
    assert build.calls == 2


def test_remember_keeps_each_name_and_parts_apart():
    uzbek, russian = Builder("uz menu"), Builder("ru menu")

    assert remember("test-menu", ("uz",), uzbek) == "uz menu"
    assert remember("test-menu", ("ru",), russian) == "ru menu"
    assert remember("test-other", ("uz",), russian) == "ru menu"
    assert (uzbek.calls, russian.calls) == (1, 2)


def test_remember_keeps_a_falsy_value():
    build = Builder(None)

    remember("test-nothing", (), build)
    remember("test-nothing", (), build)

    assert build.calls == 1


def test_remember_refuses_a_queryset():
    with pytest.raises(TypeError, match="QuerySet"):
        remember("test-pages", (), lambda: Page.objects.all())


# Several processes -----------------------------------------------------------------------------


def run_production_python(code, cache_dir):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE", "CACHE_KEY_PREFIX"}
    }
    env |= {
        "DJANGO_SETTINGS_MODULE": "site_config.settings.production",
        "SECRET_KEY": "p" * 10 + "-a-long-random-production-secret-for-the-check-1234567890",
        "ALLOWED_HOSTS": "obgyn.example.org",
        "DATABASE_URL": "sqlite:////tmp/obgyn-page-cache-check.sqlite3",
        "CACHE_DIR": str(cache_dir),
    }
    script = f"import django; django.setup(); {code}"
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=django_settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_without_redis_production_processes_share_one_generation_in_a_directory(tmp_path):
    code = (
        "from django.conf import settings; from core.structure_cache import content_generation, "
        "invalidate; print(settings.CACHES['default']['BACKEND']); before = content_generation(); "
        "invalidate(); print(before, content_generation())"
    )
    backend, first_before, first_after = run_production_python(code, tmp_path)
    _backend, second_before, _second_after = run_production_python(code, tmp_path)

    assert backend == "core.cache_backends.FaultTolerantFileBasedCache"
    assert first_after != first_before
    # The second process starts from the generation the first one left behind.
    assert second_before == first_after
