"""WCAG 2.2 AA on every public page type, in every language, on a phone and a desktop.

axe-core (tests/browser/vendor/axe.min.js, MPL-2.0, vendored: no network in tests) runs inside
each page; screenshots of each page go to test-artifacts/screenshots/ for a person to look at.
"""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import save_screenshot

AXE = (Path(__file__).parent / "vendor" / "axe.min.js").read_text()
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
WIDTHS = {"phone": (390, 844), "desktop": (1280, 800)}
LANGUAGE_NAMES = {"uz": "Oʻzbekcha", "ru": "Русский", "en": "English"}


def public_pages(language):
    """(page type, path) for each public page type in `language`."""
    from news.models import NewsArticlePage

    article = (
        NewsArticlePage.objects.live()
        .filter(locale__language_code=language)
        .order_by("-publication_date")
        .first()
    )
    return [
        ("home", f"/{language}/"),
        ("news-index", f"/{language}/news/"),
        ("news-article", article.get_url()),
        ("event-index", f"/{language}/events/"),
        ("event-report", f"/{language}/events/sechenov-2023/"),
        ("partner-index", f"/{language}/partners/"),
        ("partner-profile", f"/{language}/partners/sechenov/"),
        ("content-page", f"/{language}/about/"),
        ("search-results", f"/{language}/search/?q=Sechenov"),
        ("not-found", f"/{language}/no-such-page/"),
    ]


def axe_violations(page):
    # Evaluated, not added as a <script>: the site's Content-Security-Policy forbids inline code.
    page.evaluate(AXE)
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
    )
    return result["violations"]


def describe(url, violations):
    lines = []
    for violation in violations:
        lines.append(f"{url}: {violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    {node['target']}: {node.get('failureSummary', '')}")
    return "\n".join(lines)


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_every_page_type_passes_axe_at_phone_and_desktop_width(site, new_context, language):
    failures = []
    checked = 0
    for width_name, (width, height) in WIDTHS.items():
        page = new_context(viewport={"width": width, "height": height}).new_page()
        for page_type, path in public_pages(language):
            response = page.goto(f"{site}{path}")
            expected = 404 if page_type == "not-found" else 200
            assert response.status == expected, f"{path}: HTTP {response.status}"
            violations = axe_violations(page)
            if violations:
                failures.append(describe(f"{path} at {width}px", violations))
            missing_alt = page.locator("img:not([alt])").count()
            if missing_alt:
                failures.append(f"{path}: {missing_alt} <img> without an alt attribute")
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            if overflow > 0:
                failures.append(f"{path} at {width}px scrolls sideways by {overflow}px")
            save_screenshot(page, f"{page_type}-{language}-{width_name}")
            checked += 1
    assert checked == 2 * len(public_pages(language))
    assert not failures, "\n".join(failures)


def focused(page, script):
    return page.evaluate(f"(() => {{ const el = document.activeElement; return {script}; }})()")


def has_visible_focus(page):
    return focused(
        page,
        "(s => s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0"
        " || s.boxShadow !== 'none')(getComputedStyle(el))",
    )


def tab_to(page, predicate, limit=60):
    """Presses Tab until the focused element satisfies the JS `predicate`; fails after `limit`."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if focused(page, predicate):
            return
    raise AssertionError(f"Tab never reached an element where {predicate}")


def test_desktop_keyboard_skip_link_focus_and_switcher(site, desktop):
    """Each live-server test reloads the demo site, so the desktop keyboard checks share one."""
    desktop.goto(f"{site}/en/events/sechenov-2023/")
    desktop.keyboard.press("Tab")
    assert focused(desktop, "el.classList.contains('skip-link')"), (
        "Tab did not reach the skip link first"
    )
    expect(desktop.locator(".skip-link")).to_be_in_viewport()
    assert has_visible_focus(desktop), "the focused skip link shows no focus indicator"
    desktop.keyboard.press("Enter")
    assert focused(desktop, "el.id") == "main", "Enter on the skip link did not focus main"
    desktop.keyboard.press("Tab")
    assert focused(desktop, "!!el.closest('main')"), "after the skip link, Tab leaves main"
    assert has_visible_focus(desktop), "a link in the content shows no focus indicator"

    desktop.goto(f"{site}/en/events/sechenov-2023/")
    tab_to(desktop, "!!el.closest('.main-nav') && el.tagName === 'A'")
    assert has_visible_focus(desktop), "a navigation link shows no focus indicator"
    tab_to(desktop, "!!el.closest('.language-switcher') && el.getAttribute('lang') === 'ru'")
    assert has_visible_focus(desktop), "the language switcher shows no focus indicator"
    desktop.keyboard.press("Enter")
    expect(desktop).to_have_url(f"{site}/ru/events/sechenov-2023/")
    expect(desktop.locator("html")).to_have_attribute("lang", "ru")

    for language in LANGUAGE_NAMES:
        desktop.goto(f"{site}/{language}/events/sechenov-2023/")
        names = {
            element.get_attribute("lang"): element.inner_text().strip()
            for element in desktop.locator(".language-switcher [lang]").all()
        }
        assert names == LANGUAGE_NAMES, f"/{language}/: switcher names {names}"


def test_phone_navigation_works_with_the_keyboard_only(site, phone):
    phone.goto(f"{site}/ru/")
    toggle = phone.locator("button[aria-controls='site-menu']")
    tab_to(phone, "el.getAttribute('aria-controls') === 'site-menu'")
    assert has_visible_focus(phone), "the menu button shows no focus indicator"
    phone.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(phone.locator("#site-menu")).to_be_visible()

    phone.keyboard.press("Tab")
    assert focused(phone, "!!el.closest('#site-menu')"), "Tab after the menu button leaves the menu"
    tab_to(phone, "el.closest('.main-nav') && el.getAttribute('href') === '/ru/events/'")
    phone.keyboard.press("Enter")
    expect(phone).to_have_url(f"{site}/ru/events/")

    tab_to(phone, "el.getAttribute('aria-controls') === 'site-menu'")
    phone.keyboard.press("Space")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    phone.keyboard.press("Escape")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(phone.locator("#site-menu")).to_be_hidden()
    assert focused(phone, "el.getAttribute('aria-controls')") == "site-menu", (
        "Escape should return focus to the menu button"
    )
