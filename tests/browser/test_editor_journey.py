"""An editor publishes an event report through Wagtail's page editor; readers then find it.

On the way the editor sees the slug filled in as readable ASCII from an Uzbek title
(core/slugs.py) and the report in the side panel's live preview (core/security.py), with
Wagtail 8's autosave on (core/page_create.py)."""

import re

from playwright.sync_api import expect

from tests.browser.conftest import log_in

TITLE = "Brauzer sinovi: Sechenov universitetida oʻquv seminari"
SLUG = "brauzer-sinovi-sechenov-universitetida-oquv-seminari"


def choose_in_modal(page, opener, link_name=None, search=None):
    """Opens a chooser with `opener`, picks the link named `link_name` (or the first item)."""
    page.get_by_role("button", name=opener).click()
    modal = page.get_by_role("dialog")
    expect(modal, f"the “{opener}” chooser did not open").to_be_visible()
    if search:
        modal.get_by_role("textbox", name="Search term").fill(search)
    if link_name:
        choice = modal.get_by_role("link", name=link_name, exact=True)
    else:
        choice = modal.locator("table a, .listing a, ul a").first
    choice.click()
    expect(modal, f"the “{opener}” chooser did not close after choosing").to_be_hidden()


def test_editor_publishes_an_event_report(site, editor, new_context, sechenov):
    from events.models import EventIndexPage
    from home.models import Person

    events_uz = EventIndexPage.objects.get(locale__language_code="uz")
    partner = sechenov["uz"].partners()[0]
    person = Person.objects.filter(locale__language_code="uz").order_by("name").first()
    page = new_context(viewport={"width": 1280, "height": 900}, locale="en-GB").new_page()

    log_in(page, site, "muharrir", "editor-pass-1")
    page.goto(f"{site}/admin/pages/{events_uz.pk}/")
    page.get_by_role("link", name="Add child page").first.click()
    expect(page, "the events index should only take event reports").to_have_url(
        re.compile(rf"/admin/pages/add/events/eventreportpage/{events_uz.pk}/$")
    )

    page.get_by_role("textbox", name="Title*").press_sequentially(TITLE, delay=10)
    expect(page.locator("#id_slug"), "the slug is made from the title in ASCII").to_have_value(SLUG)
    page.get_by_role("combobox", name="Kind of event*").select_option(label="Seminar")
    page.get_by_role("textbox", name="Start date*").fill("2025-03-10")
    page.keyboard.press("Escape")
    page.get_by_role("textbox", name="End date*").fill("2025-03-12")
    page.keyboard.press("Escape")
    page.get_by_role("textbox", name="City", exact=True).fill("Moskva")
    page.get_by_role("combobox", name="Country", exact=True).select_option(label="Russia")

    choose_in_modal(page, "Choose an image")

    page.get_by_role("button", name="Add Host and partner organisations").click()
    choose_in_modal(page, "Choose a page (Partner profile)", partner.title, search="Sechenov")

    page.get_by_role("button", name="Add Department participants").click()
    choose_in_modal(page, "Choose person", person.name)
    page.get_by_role("combobox", name="Role*").select_option(label="Lecturer")

    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(
        preview.get_by_role("heading", level=1), "the preview panel shows the report"
    ).to_have_text(TITLE, timeout=15_000)

    # Django's live server shares one in-memory SQLite connection among its request threads, so
    # requests that overlap there (an autosave still running when Publish is posted) collide in
    # ways a real server's separate connections cannot: let the last autosave land first. The
    # race itself is tested on its own level, tests/core/test_page_create.py.
    expect(page.locator("#w-autosave-indicator")).not_to_have_attribute(
        "data-w-autosave-state-value", "saving"
    )
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish", exact=True).click()
    expect(page, "publishing should return to the events index in the admin").to_have_url(
        f"{site}/admin/pages/{events_uz.pk}/"
    )
    # "created and published", or "has been published" when an autosave had created it first.
    expect(
        page.get_by_text(re.compile(rf"Page '{TITLE}' (created and|has been) published"))
    ).to_be_visible()

    page.goto(f"{site}/uz/events/")
    page.get_by_role("link", name=TITLE).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    assert page.url.endswith(f"/uz/events/{SLUG}/"), page.url
    main = page.locator("main")
    expect(main.get_by_role("link", name=partner.title)).to_be_visible()
    expect(main.get_by_text(person.name)).to_be_visible()
    hero = main.locator("img").first
    expect(hero, "the chosen image should be shown").to_be_visible()
    assert hero.evaluate("img => img.complete && img.naturalWidth > 0"), "the image did not load"

    page.goto(f"{site}/uz/partners/sechenov/")
    expect(
        page.locator("main").get_by_role("link", name=TITLE),
        "the partner's profile should list the new report",
    ).to_be_visible()
