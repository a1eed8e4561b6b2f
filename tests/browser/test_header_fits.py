"""The site header with the full demo menu, in every language: on a desktop (1024 and 1280 px)
the main menu stays on one line, under the site name, the search and the languages, with room
beside the languages for the choice of the Uzbek script; on a phone (360 px) it folds behind
the Menu button and opens without sideways scrolling."""

import pytest

from demo import data
from tests.factories import ContentPageFactory

LANGUAGES = ["uz", "ru", "en"]
DESKTOP_WIDTHS = [1024, 1280]
MENU_BUTTON = {"uz": "Menyu", "ru": "Меню", "en": "Menu"}

# Until the header has its script choice (Oʻz / Ўз), a stand-in of 4em holds its place.
SCRIPT_CHOICE_ROOM = """() => {
    if (document.querySelector(".script-switcher")) return;
    const item = document.createElement("li");
    item.innerHTML = '<a href="#" style="width: 4em">Ўзб</a>';
    document.querySelector(".language-switcher ul").append(item);
}"""
BOXES = """(selector) => [...document.querySelectorAll(selector)].map(element => {
    const box = element.getBoundingClientRect();
    return {top: box.top, bottom: box.bottom, left: box.left, right: box.right, height: box.height};
})"""


@pytest.fixture
def full_menu(site, demo_site):
    """The demo slice has one content page in the menu; the demo site has them all."""
    for language, home in demo_site.items():
        slugs = set(home.get_children().values_list("slug", flat=True))
        for item in data.PAGES:
            if item["slug"] not in slugs:
                ContentPageFactory(
                    parent=home,
                    title=item["title"][language],
                    slug=item["slug"],
                    show_in_menus=True,
                )
    return site


def boxes(page, selector):
    found = page.evaluate(BOXES, selector)
    assert found, f"nothing matches {selector}"
    return found


def one_line(items):
    return max(item["top"] for item in items) - min(item["top"] for item in items) < 1


def horizontal_overflow(page):
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


def test_the_header_fits_on_desktops_and_folds_on_a_phone(full_menu, new_context):
    page = new_context(viewport={"width": DESKTOP_WIDTHS[0], "height": 800}).new_page()
    for width in DESKTOP_WIDTHS:
        page.set_viewport_size({"width": width, "height": 800})
        for language in LANGUAGES:
            check_desktop_header(page, f"{full_menu}/{language}/", width, language)
    page.set_viewport_size({"width": 360, "height": 740})
    for language in LANGUAGES:
        check_phone_menu(page, f"{full_menu}/{language}/", language)


def check_desktop_header(page, url, width, language):
    """The menu on one line, under the name and the languages, these on one line too."""
    page.goto(url)
    page.evaluate(SCRIPT_CHOICE_ROOM)
    where = f"{language} at {width}px"

    items = boxes(page, ".main-nav li")
    assert len(items) == 4 + len(data.PAGES), where  # home, news, events, partners
    assert one_line(items), f"{where}: the menu wraps"
    [nav] = boxes(page, ".main-nav")
    assert nav["height"] <= max(item["height"] for item in items) + 1, where
    languages = boxes(page, ".language-switcher li, .script-switcher li")
    assert one_line(languages), f"{where}: the languages wrap"
    [name] = boxes(page, ".site-name")
    assert max(item["bottom"] for item in languages) <= nav["top"], where
    assert name["bottom"] <= nav["top"], where
    assert max(item["right"] for item in languages) <= width, where
    assert horizontal_overflow(page) <= 0, where


def check_phone_menu(page, url, language):
    """Folded behind the Menu button; open, one column without sideways scrolling."""
    page.goto(url)
    page.evaluate(SCRIPT_CHOICE_ROOM)
    assert not page.locator(".main-nav").is_visible(), language

    page.get_by_role("button", name=MENU_BUTTON[language]).click()

    items = boxes(page, ".main-nav li")
    assert page.locator(".main-nav").is_visible(), language
    assert [item["top"] for item in items] == sorted(item["top"] for item in items), language
    assert len({item["left"] for item in items}) == 1, language
    assert all(item["right"] <= 360 for item in boxes(page, ".site-menu li")), language
    assert horizontal_overflow(page) <= 0, language
