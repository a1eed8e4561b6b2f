import contextlib
import importlib
import os
from pathlib import Path

from django.conf import settings
from django.core.servers.basehttp import WSGIServer
from django.test.testcases import LiveServerThread

import pytest

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS = settings.BASE_DIR / "test-artifacts" / "screenshots"
FAILURES = settings.BASE_DIR / "test-artifacts" / "failures"


class OneRequestAtATimeServer(WSGIServer):
    """The live server on SQLite: Django shares the test's one in-memory connection with every
    request thread, so two requests at once (an autosave beside a Publish, the preview panel
    beside the form) can break each other's transaction — which no real server does. Serving
    one request at a time keeps the browser tests about the site; Django then closes each
    connection after its response. On PostgreSQL each request thread has its own connection."""

    def __init__(self, *args, connections_override=None, **kwargs):
        super().__init__(*args, **kwargs)


if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    LiveServerThread.server_class = OneRequestAtATimeServer


def pytest_collection_modifyitems(config, items):
    browser_items = [item for item in items if "tests/browser/" in str(item.fspath)]
    for item in browser_items:
        item.add_marker(pytest.mark.browser)
    if browser_items and not CHROMIUM.exists():
        # CI (REQUIRE_BROWSER=1) must not pass green with the browser tests skipped.
        if os.environ.get("REQUIRE_BROWSER") == "1":
            raise pytest.UsageError(
                f"REQUIRE_BROWSER=1 but there is no Chromium at {CHROMIUM}: the browser tests "
                "cannot run (set CHROMIUM_PATH or install chromium)."
            )
        for item in browser_items:
            item.add_marker(pytest.mark.skip(reason=f"no Chromium at {CHROMIUM}"))


@pytest.fixture(scope="session")
def browser():
    # The live server runs in a thread while Playwright's sync API holds an event loop.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.browser_test_failed = report.failed
    return report


@pytest.fixture
def new_context(browser, request):
    """Opens browser contexts; on a failed test, screenshots of their pages go to FAILURES."""
    contexts = []

    def open_context(**options):
        context = browser.new_context(**options)
        contexts.append(context)
        return context

    yield open_context
    failed = getattr(request.node, "browser_test_failed", False)
    for index, context in enumerate(contexts):
        if failed:
            FAILURES.mkdir(parents=True, exist_ok=True)
            for number, page in enumerate(context.pages):
                name = f"{request.node.name}-{index}-{number}.png".replace("/", "_")
                # A crashed page must not hide the test's own failure.
                with contextlib.suppress(Exception):
                    page.screenshot(path=str(FAILURES / name), full_page=True)
        context.close()


@pytest.fixture
def phone(new_context):
    return new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2).new_page()


@pytest.fixture
def desktop(new_context):
    return new_context(viewport={"width": 1280, "height": 900}).new_page()


def restore_data_migrations():
    """Put back what a flush removed and only a data migration makes.

    Live-server tests flush the database after each test; post_migrate then recreates the models'
    own permissions but not wagtail-localize's "submit_translation", which editors need for
    "Translate this page". The roles are then completed again.
    """
    from django.apps import apps

    from translations.roles import setup_roles

    migration = importlib.import_module(
        "wagtail_localize.migrations.0006_create_submit_translation_permission"
    )
    migration.create_submit_translation_permission(apps, None)
    setup_roles()


@pytest.fixture
def site(demo_site, live_server):
    restore_data_migrations()
    return live_server.url


@pytest.fixture
def editor(site):
    """An Editors member, "muharrir" / "editor-pass-1", to log in through the admin's form."""
    from django.contrib.auth import get_user_model

    from translations.roles import grant_role

    user = get_user_model().objects.create_user("muharrir", password="editor-pass-1")
    grant_role(user, "editor")
    return user


def log_in(page, site, username, password):
    """Through Wagtail's login form, as a person would."""
    page.goto(f"{site}/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{site}/admin/")


def save_screenshot(page, name):
    """A full-page screenshot in SCREENSHOTS, with the lazily loaded images below the fold."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.evaluate(
        """() => Promise.all([...document.images].map(img => {
            img.loading = "eager";
            return img.complete ? null : new Promise(done => { img.onload = img.onerror = done; });
        }))"""
    )
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


@pytest.fixture
def screenshot():
    return save_screenshot
