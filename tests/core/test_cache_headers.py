"""Cache-Control of a cached page (core.page_cache.cache_control): browsers revalidate after
PAGE_CACHE_MAX_AGE; a CDN may keep the page PAGE_CACHE_SHARED_MAX_AGE seconds (`s-maxage`) and
serve it stale PAGE_CACHE_STALE_WHILE_REVALIDATE seconds more while it fetches the new one.
"""

import pytest

from tests.core.page_cache_helpers import HIT, get

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


def directives(response):
    return [part.strip() for part in response["Cache-Control"].split(",")]


def test_by_default_every_cache_revalidates_every_time(client, sechenov):
    for response in (get(client, sechenov["uz"].url), get(client, sechenov["uz"].url)):
        assert directives(response) == ["public", "max-age=0", "must-revalidate"]


def test_a_cdn_may_keep_a_page_while_browsers_still_revalidate(client, settings, sechenov):
    settings.PAGE_CACHE_SHARED_MAX_AGE = 300

    first = get(client, sechenov["uz"].url)
    second = get(client, sechenov["uz"].url)

    assert second["X-Page-Cache"] == HIT
    for response in (first, second):
        assert directives(response) == ["public", "max-age=0", "s-maxage=300", "must-revalidate"]


def test_a_cdn_may_serve_the_previous_version_while_it_fetches_the_new_one(
    client, settings, sechenov
):
    settings.PAGE_CACHE_SHARED_MAX_AGE = 300
    settings.PAGE_CACHE_STALE_WHILE_REVALIDATE = 30

    parts = directives(get(client, sechenov["ru"].url))

    assert parts == ["public", "max-age=0", "s-maxage=300", "stale-while-revalidate=30"]
    # must-revalidate would forbid any reuse of a stale copy, stale-while-revalidate included.
    assert "must-revalidate" not in parts


def test_the_browser_lifetime_stays_its_own_setting(client, settings, sechenov):
    settings.PAGE_CACHE_MAX_AGE = 60
    settings.PAGE_CACHE_SHARED_MAX_AGE = 600

    assert directives(get(client, sechenov["en"].url))[:3] == [
        "public",
        "max-age=60",
        "s-maxage=600",
    ]
