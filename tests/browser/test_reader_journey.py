"""A reader with a Russian phone: from `/` to the Sechenov report, across languages, to search."""

import re

from playwright.sync_api import expect


def check_phone_layout(page):
    """The menu opens and closes with its button, and nothing scrolls sideways."""
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{page.url} scrolls sideways by {overflow}px at 390px"
    toggle = page.locator("button[aria-controls='site-menu']")
    menu = page.locator("#site-menu")
    expect(toggle, f"no menu button on {page.url}").to_be_visible()
    expect(menu).to_be_hidden()
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(menu).to_be_visible()
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(menu).to_be_hidden()


def open_menu(page):
    toggle = page.locator("button[aria-controls='site-menu']")
    if toggle.get_attribute("aria-expanded") != "true":
        toggle.click()
    return page.locator("#site-menu")


def test_russian_reader_on_a_phone(site, new_context, sechenov, screenshot):
    context = new_context(
        viewport={"width": 390, "height": 844},
        device_scale_factor=2,
        locale="ru-RU",
        extra_http_headers={"Accept-Language": "ru"},
    )
    page = context.new_page()
    report = {code: page_.title for code, page_ in sechenov.items()}
    partner = sechenov["uz"].partners()[0]

    page.goto(f"{site}/")
    expect(page, "a Russian browser should land on /ru/").to_have_url(f"{site}/ru/")
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    check_phone_layout(page)

    open_menu(page).get_by_role("link", name="Новости").click()
    expect(page).to_have_url(f"{site}/ru/news/")
    check_phone_layout(page)

    page.locator("main .card__title a").first.click()
    expect(page).to_have_url(re.compile(r"/ru/news/[\w-]+/$"))
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    check_phone_layout(page)

    open_menu(page).get_by_role("link", name="Мероприятия").click()
    expect(page).to_have_url(f"{site}/ru/events/")
    check_phone_layout(page)
    page.get_by_role("link", name=report["ru"]).first.click()
    expect(page).to_have_url(f"{site}/ru/events/sechenov-2023/")
    expect(page.get_by_role("heading", level=1)).to_have_text(report["ru"])
    check_phone_layout(page)

    open_menu(page).get_by_role("link", name="English").click()
    expect(page, "the switcher should keep the reader on the report").to_have_url(
        f"{site}/en/events/sechenov-2023/"
    )
    expect(page.get_by_role("heading", level=1)).to_have_text(report["en"])
    check_phone_layout(page)

    open_menu(page).get_by_role("link", name="Oʻzbekcha").click()
    expect(page).to_have_url(f"{site}/uz/events/sechenov-2023/")
    expect(page.get_by_role("heading", level=1)).to_have_text(report["uz"])
    check_phone_layout(page)

    page.locator("main").get_by_role("link", name=partner.title).first.click()
    expect(page).to_have_url(f"{site}/uz/partners/sechenov/")
    expect(page.get_by_role("heading", level=1)).to_have_text(partner.title)
    check_phone_layout(page)

    search = page.locator(".site-search").get_by_role("searchbox")
    search.fill("Sechenov")
    search.press("Enter")
    expect(page).to_have_url(re.compile(r"/uz/search/\?q=Sechenov"))
    results = page.locator(".search-results")
    expect(results.get_by_role("link", name=report["uz"])).to_have_attribute(
        "href", "/uz/events/sechenov-2023/"
    )
    check_phone_layout(page)
    screenshot(page, "journey-reader-search-uz-phone")
