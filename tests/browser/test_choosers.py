"""An editor writing up a delegation's visit in Uzbek, through the choosers of the real admin.

The partner chooser's search offers the Uzbek profile only (not its Russian and English
translations); the person chooser lists Uzbek people and adds a visiting delegation's member
from inside it, in Uzbek, chosen in the field at once; the report is saved as a delegation visit.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import log_in

TITLE = "Brauzer sinovi: Koreya delegatsiyasi tashrifi"
GUEST = "Kim Min-jun"


@pytest.fixture
def no_autosave(settings):
    # As in test_editor_journey: a save posted before the first autosave returns collides.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0


def test_choosers_keep_to_the_reports_language_and_add_a_guest(
    site, editor, no_autosave, new_context
):
    from events.models import EventIndexPage, EventReportPage
    from home.models import Person
    from partners.models import PartnerProfilePage

    events_uz = EventIndexPage.objects.get(locale__language_code="uz")
    profiles = {
        profile.locale.language_code: profile.title
        for profile in PartnerProfilePage.objects.filter(slug="sechenov").select_related("locale")
    }
    people = {
        code: list(Person.objects.filter(locale__language_code=code).values_list("name", flat=True))
        for code in ("uz", "ru")
    }
    page = new_context(viewport={"width": 1280, "height": 900}, locale="en-GB").new_page()

    log_in(page, site, "muharrir", "editor-pass-1")
    page.goto(f"{site}/admin/pages/add/events/eventreportpage/{events_uz.pk}/")
    page.get_by_role("textbox", name="Title*").fill(TITLE)
    page.get_by_role("combobox", name="Kind of event*").select_option(label="Delegation visit")
    page.get_by_role("textbox", name="Start date*").fill("2025-04-02")
    page.keyboard.press("Escape")
    page.get_by_role("textbox", name="End date*").fill("2025-04-03")
    page.keyboard.press("Escape")

    # The partner chooser: "Sechenov" is in the titles of all three profiles.
    page.get_by_role("button", name="Add Host and partner organisations").click()
    page.get_by_role("button", name="Choose a page (Partner profile)").click()
    modal = page.get_by_role("dialog")
    modal.get_by_role("textbox", name="Search term").fill("Sechenov")
    results = modal.locator(".page-results table a.choose-page")
    expect(results).to_have_count(1)
    expect(results.first).to_have_text(profiles["uz"])
    results.first.click()
    expect(modal).to_be_hidden()

    # The person chooser lists the Uzbek people, none of their Russian versions.
    page.get_by_role("button", name="Add Department participants").click()
    page.get_by_role("button", name="Choose person").click()
    modal = page.get_by_role("dialog")
    listing = modal.locator(".listing, table").first
    for name in people["uz"]:
        expect(listing.get_by_role("link", name=name, exact=True)).to_be_visible()
    for name in set(people["ru"]) - set(people["uz"]):
        expect(listing.get_by_role("link", name=name, exact=True)).to_have_count(0)

    # ... and adds the head of the visiting delegation without leaving the page.
    modal.get_by_role("tab", name="New person").click()
    modal.get_by_role("textbox", name="Name*").fill(GUEST)
    modal.get_by_role("textbox", name="Position").fill("KOICA delegatsiyasi rahbari")
    modal.get_by_role("checkbox", name="Member of the department").uncheck()
    modal.get_by_role("button", name="Add the person").click()
    expect(modal, "the chooser should close with the new person chosen").to_be_hidden()
    participants = page.locator("#id_participants-FORMS")
    expect(participants.get_by_text(GUEST)).to_be_visible()
    page.get_by_role("combobox", name="Role*").select_option(label="Head of the delegation")

    page.get_by_role("button", name="Save draft").click()
    expect(page, "saving should open the new report's edit view").to_have_url(
        re.compile(r"/admin/pages/\d+/edit/$")
    )
    guest = Person.objects.get(name=GUEST)
    assert guest.locale.language_code == "uz"
    assert guest.in_department is False
    report = EventReportPage.objects.get(title=TITLE).get_latest_revision_as_object()
    assert report.locale.language_code == "uz"
    assert report.kind == "delegation_visit"
    assert [link.partner.title for link in report.partner_links.all()] == [profiles["uz"]]
    assert [(link.person_id, link.role) for link in report.participants.all()] == [
        (guest.pk, "head_of_delegation")
    ]
