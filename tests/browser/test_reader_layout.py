"""A reader on a phone and on a desktop: navigation, skip link, language switcher."""


def horizontal_overflow(page):
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


def test_phone_menu_opens_and_closes_without_sideways_scroll(site, phone, screenshot):
    phone.goto(f"{site}/ru/")
    toggle = phone.get_by_role("button", name="Меню")
    menu = phone.locator("#site-menu")

    assert toggle.is_visible()
    assert not menu.is_visible()
    assert horizontal_overflow(phone) <= 0

    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert menu.is_visible()
    screenshot(phone, "home-ru-phone-menu-open")

    phone.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not menu.is_visible()
    assert horizontal_overflow(phone) <= 0


def test_skip_link_is_first_and_moves_focus_to_main(site, desktop, screenshot):
    desktop.goto(f"{site}/en/")
    desktop.keyboard.press("Tab")
    focused = desktop.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
    screenshot(desktop, "home-en-desktop-skip-link")

    desktop.keyboard.press("Enter")
    assert desktop.evaluate("location.hash") == "#main"


def test_switching_language_keeps_the_reader_on_the_same_page(site, desktop):
    desktop.goto(f"{site}/uz/")
    desktop.get_by_role("link", name="English").click()

    assert desktop.url == f"{site}/en/"
    assert desktop.locator("html").get_attribute("lang") == "en"
    assert desktop.get_by_role("link", name="Русский").get_attribute("lang") == "ru"
