"""The Uzbek site in Cyrillic (core.scripts) in a browser: WCAG 2.2 AA on every page type at
/uz-cyrl/, and the script switch beside the languages, used as a reader would."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import save_screenshot
from tests.browser.test_accessibility import WIDTHS, axe_violations, describe, public_pages


def cyrillic_pages():
    return [
        (page_type, "/uz-cyrl/" + path.removeprefix("/uz/"))
        for page_type, path in public_pages("uz")
    ]


@pytest.mark.parametrize("width_name", list(WIDTHS))
def test_every_cyrillic_page_type_passes_axe(site, new_context, width_name):
    width, height = WIDTHS[width_name]
    page = new_context(viewport={"width": width, "height": height}).new_page()
    failures = []
    for page_type, path in cyrillic_pages():
        response = page.goto(f"{site}{path}")
        expected = 404 if page_type == "not-found" else 200
        assert response.status == expected, f"{path}: HTTP {response.status}"
        expect(page.locator("html")).to_have_attribute("lang", "uz-Cyrl")
        violations = axe_violations(page)
        if violations:
            failures.append(describe(f"{path} at {width}px", violations))
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        if overflow > 0:
            failures.append(f"{path} at {width}px scrolls sideways by {overflow}px")
        save_screenshot(page, f"{page_type}-uz-cyrl-{width_name}")
    assert not failures, "\n".join(failures)


def test_a_reader_switches_to_cyrillic_and_stays_there(site, desktop):
    desktop.goto(f"{site}/uz/events/sechenov-2023/")
    switch = desktop.locator(".script-switcher")
    expect(switch).to_be_visible()
    # Beside the language switcher, on the same line at 1280 px.
    languages = desktop.locator(".language-switcher").bounding_box()
    scripts = switch.bounding_box()
    assert abs(scripts["y"] - languages["y"]) < languages["height"]

    switch.get_by_role("link", name="Ўз Kirill yozuvi").click()

    expect(desktop).to_have_url(f"{site}/uz-cyrl/events/sechenov-2023/")
    expect(desktop.locator("h1")).to_have_text(
        "Сеченов университетида академик мобиллик: тажриба алмашиш сафари"
    )
    desktop.locator(".main-nav").get_by_role("link", name="Янгиликлар").click()
    expect(desktop).to_have_url(f"{site}/uz-cyrl/news/")
    current = desktop.locator(".script-switcher a[aria-current]")
    expect(current).to_have_attribute("hreflang", "uz-Cyrl")

    desktop.locator(".script-switcher").get_by_role("link", name="Oʻz Лотин ёзуви").click()
    expect(desktop).to_have_url(f"{site}/uz/news/")
    expect(desktop.locator("html")).to_have_attribute("lang", "uz")
