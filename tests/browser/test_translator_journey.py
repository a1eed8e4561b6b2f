"""A report's Russian translation, from the translator's first click to the reader, in the admin UI.

Set up in code: the Uzbek report (what the editor journey publishes) and the two users in their
groups (translations.roles). Driven in the browser: the translator starts the translation from
the dashboard, translates in wagtail-localize's editor (where Delete is not offered), submits it,
finds it read-only while in moderation, withdraws it, edits and resubmits it; the moderator
approves it from the review panel at the top of the dashboard; the reader visits it.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import log_in
from tests.factories import EventReportPageFactory
from tests.translations.accounts import make_user

RUSSIAN_TITLE = "Семинар в Сеченовском университете: проверка перевода"


@pytest.fixture
def report(sechenov):
    return EventReportPageFactory(
        parent=sechenov["uz"].get_parent(),
        title="Sechenov universitetida seminar: tarjima sinovi",
        partners=sechenov["uz"].partners(),
    )


@pytest.fixture
def admin_page(site, new_context):
    """A fresh browser for each person, logged in as `username` (password "x")."""

    def open_as(username):
        page = new_context(viewport={"width": 1280, "height": 900}, locale="en-GB").new_page()
        log_in(page, site, username, "x")
        return page

    return open_as


def test_russian_translation_from_request_to_reader(site, report, admin_page, sechenov):
    from events.models import EventReportPage

    make_user("perevodchik", "translator-ru")
    make_user("moderator", "moderator")

    translator = admin_page("perevodchik")
    waiting = translator.locator("#translation-status-section tr").filter(has_text=report.title)
    waiting.get_by_role("button", name="Translate").click()
    russian = EventReportPage.objects.get(
        translation_key=report.translation_key, locale__language_code="ru"
    )
    expect(translator).to_have_url(re.compile(rf"/admin/pages/{russian.pk}/edit/$"))
    assert not russian.live, "an untranslated draft must not be published"
    expect(translator.get_by_text("Oʻzbekcha to Русский translation").first).to_be_visible()
    for name in ("Delete", "Stop Synced translation", "Convert to alias page"):
        expect(translator.get_by_role("link", name=name)).to_have_count(0)
        expect(translator.get_by_role("button", name=name)).to_have_count(0)
    expect(
        translator.get_by_role("button", name=re.compile("Publish")),
        "a translator may not publish",
    ).to_have_count(0)

    translator.get_by_role("button", name="Translate").first.click()
    translator.locator("main textarea").first.fill("Черновой заголовок")
    translator.get_by_role("button", name="Save", exact=True).click()
    expect(translator.get_by_text("Черновой заголовок").first).to_be_visible()
    translator.get_by_role("button", name="Submit for moderation").click()
    expect(translator.get_by_text("has been submitted for moderation")).to_be_visible()

    # In moderation: read-only until withdrawn.
    expect(translator.get_by_text("its strings cannot be changed")).to_be_visible()
    expect(translator.get_by_role("button", name="Edit", exact=True)).to_have_count(0)
    expect(translator.get_by_role("button", name="Submit for moderation")).to_have_count(0)
    translator.get_by_role("button", name="Withdraw from moderation").click()
    expect(translator.get_by_text("has been withdrawn from moderation")).to_be_visible()

    translator.get_by_role("button", name="Edit", exact=True).first.click()
    translator.locator("main textarea").first.fill(RUSSIAN_TITLE)
    translator.get_by_role("button", name="Save", exact=True).click()
    expect(translator.get_by_text(RUSSIAN_TITLE).first).to_be_visible()
    translator.get_by_role("button", name="Submit for moderation").click()
    expect(translator.get_by_text("has been submitted for moderation")).to_be_visible()
    russian.refresh_from_db()
    assert not russian.live, "a submitted translation waits for the moderator"

    moderator = admin_page("moderator")
    review = moderator.locator("#awaiting-review-section")
    expect(review, "the review panel should be on screen without scrolling").to_be_in_viewport()
    panels = moderator.locator("main .w-panel")
    expect(panels.first, "the review panel comes first").to_have_attribute(
        "id", "awaiting-review-section"
    )
    row = review.locator("tr").filter(has_text=RUSSIAN_TITLE)
    expect(row, "the moderator's dashboard should list the submission").to_be_visible()
    row.get_by_role("button", name="Actions").click()
    moderator.get_by_role("button", name="Approve", exact=True).click()
    expect(row, "approved, it leaves the review queue").to_have_count(0)

    russian.refresh_from_db()
    assert russian.live and russian.title == RUSSIAN_TITLE
    reader = moderator.context.browser.new_context(viewport={"width": 1280, "height": 900})
    page = reader.new_page()
    try:
        page.goto(f"{site}/ru/events/")
        page.get_by_role("link", name=RUSSIAN_TITLE).click()
        ru_url = page.url
        expect(page.get_by_role("heading", level=1)).to_have_text(RUSSIAN_TITLE)
        uz_link = page.locator(".language-switcher").get_by_role("link", name="Oʻzbekcha")
        expect(uz_link).to_have_attribute("href", report.get_url())
        uz_link.click()
        expect(page).to_have_url(f"{site}{report.get_url()}")
        ru_link = page.locator(".language-switcher").get_by_role("link", name="Русский")
        expect(ru_link, "the Uzbek report should link to its translation").to_have_attribute(
            "href", ru_url.removeprefix(site)
        )
    finally:
        reader.close()
