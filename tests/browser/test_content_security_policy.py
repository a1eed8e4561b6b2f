"""A real Chromium loads public pages and the admin page editor under our Content-Security-Policy
and reports no violation: the public pages need nothing inline, the admin policy is enough for
Wagtail."""

import os
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
PASSWORD = "csp-editor-password-1"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}"),
]

# Runs before any page script; CSP does not apply to scripts the browser itself injects.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""


@pytest.fixture
def browser_page(new_context):
    """A desktop page that records every CSP violation and console message.

    Built on the session's browser (tests/browser/conftest.py): Playwright's sync API allows one
    event loop per process.
    """
    page = new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.add_init_script(RECORD_VIOLATIONS)
    messages = []
    page.on("console", lambda message: messages.append(message.text))
    page.csp_console = messages
    return page


def violations(page):
    reported = page.evaluate("window.__cspViolations")
    console = [text for text in page.csp_console if "Content Security Policy" in text]
    return reported + console


def test_public_pages_run_under_the_policy_without_violations(demo_site, live_server, browser_page):
    from events.models import EventReportPage

    report = EventReportPage.objects.get(slug="sechenov-2023", locale__language_code="en")
    for url in ("/uz/", report.url, "/ru/search/?q=Сеченов"):
        browser_page.goto(f"{live_server.url}{url}")
        browser_page.wait_for_load_state("load")

        assert browser_page.locator("main h1").first.is_visible(), url
        assert violations(browser_page) == [], url


def test_the_admin_page_editor_works_under_the_admin_policy(
    demo_site, live_server, browser_page, django_user_model
):
    from events.models import EventReportPage

    django_user_model.objects.create_superuser("csp-editor", "csp@example.org", PASSWORD)
    report = EventReportPage.objects.get(slug="sechenov-2023", locale__language_code="uz")

    browser_page.goto(f"{live_server.url}/admin/login/")
    browser_page.fill("input[name=username]", "csp-editor")
    browser_page.fill("input[name=password]", PASSWORD)
    browser_page.click("button[type=submit]")
    browser_page.wait_for_url(f"{live_server.url}/admin/")

    browser_page.goto(f"{live_server.url}/admin/pages/{report.pk}/edit/")
    # Draftail is drawn by the admin's scripts: if they were blocked it would not appear.
    editor = browser_page.locator(".Draftail-Editor").first
    editor.wait_for(state="visible", timeout=20_000)

    assert browser_page.locator("#id_title").input_value() == report.title
    assert violations(browser_page) == []
