"""The admin in Uzbek from login to publish: no English of Wagtail or wagtail-localize on screen.

An editor, a translator and a moderator whose preferred language is Uzbek walk their journeys;
on every screen each visible text, button label, `title`, `aria-label` and placeholder is
compared with the English msgids of the installed Wagtail and wagtail-localize catalogues.
Screenshots of each screen go to test-artifacts/screenshots/admin-uz-*.png. The journeys are
driven through stable names (URLs, form field names, Wagtail's data attributes) and the Uzbek
labels our catalogues give, so that they hold while the journeys' details change elsewhere.
"""

import io
import re
from functools import cache

from django.urls import reverse
from django.utils import translation
from django.utils.translation.trans_real import DjangoTranslation

import polib
import pytest
from PIL import Image
from playwright.sync_api import expect

from core.library_catalogues import installed_catalogues, translations
from tests.browser.conftest import save_screenshot
from tests.translations.accounts import client_for, make_user

PASSWORD = "x"
TITLE = "Oʻzbekcha admin sinovi: Sechenov universitetida seminar"
RUSSIAN_TITLE = "Проверка админки на узбекском: семинар"
# Words that are the same in both languages or technical names an Uzbek editor reads as they
# are; the catalogues keep them (msgstr == msgid is also ignored below).
SAME_IN_UZBEK = {"URL", "ID", "PO", "HTML", "CSV", "JSON", "SEO", "Wagtail", "Email", "Slug"}

COLLECT = """() => {
    const seen = [];
    const shown = el => el && el.checkVisibility({visibilityProperty: true});
    const add = (kind, text) => {
        text = (text || "").replace(/\\s+/g, " ").trim();
        if (text) seen.push([kind, text]);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
        const parent = walker.currentNode.parentElement;
        if (!parent || parent.closest("script, style, noscript, template")) continue;
        if (shown(parent)) add("text", walker.currentNode.textContent);
    }
    for (const el of document.querySelectorAll("[title], [aria-label], [placeholder]")) {
        if (!shown(el)) continue;
        add("title", el.getAttribute("title"));
        add("aria-label", el.getAttribute("aria-label"));
        add("placeholder", el.getAttribute("placeholder"));
    }
    for (const el of document.querySelectorAll("input[type=submit], input[type=button]")) {
        if (shown(el)) add("button", el.value);
    }
    add("document title", document.title);
    return seen;
}"""


@cache
def english_msgids():
    """Every English msgid (and plural) of the installed catalogues that Uzbek translates
    differently, whitespace collapsed."""
    uzbek = {}
    for catalogue in installed_catalogues():
        if catalogue.target.exists():
            for entry in polib.pofile(str(catalogue.target)):
                uzbek[(catalogue.name, entry.msgid)] = entry
    msgids = set()
    for catalogue in installed_catalogues():
        for entry in polib.pofile(str(catalogue.source)):
            translated = uzbek.get((catalogue.name, entry.msgid))
            texts = [entry.msgid, entry.msgid_plural] if entry.msgid_plural else [entry.msgid]
            for text in texts:
                text = " ".join(text.split())
                if translated is not None and text in translations(translated):
                    continue
                if text and text not in SAME_IN_UZBEK:
                    msgids.add(text)
    return msgids


def uz(msgid, domain="django"):
    """`msgid` as our catalogues put it in Uzbek (djangojs: wagtail-localize's editor, etc.)."""
    if domain == "django":
        with translation.override("uz"):
            text = translation.gettext(msgid)
    else:
        text = DjangoTranslation("uz", domain=domain).gettext(msgid)
    assert text != msgid, f"{msgid!r} has no Uzbek translation"
    return text


class Screens:
    """Screenshots each screen and gathers the English it shows, to fail at the end with all."""

    def __init__(self):
        self.english = []

    def check(self, page, name):
        page.wait_for_load_state("networkidle")
        save_screenshot(page, f"admin-uz-{name}")
        msgids = english_msgids()
        for kind, text in page.evaluate(COLLECT):
            if text in msgids:
                self.english.append(f"{name}: {kind} {text!r}")

    def assert_none_english(self):
        assert not self.english, "English on the Uzbek admin's screens:\n" + "\n".join(
            dict.fromkeys(self.english)
        )


@pytest.fixture
def screens():
    return Screens()


@pytest.fixture
def no_autosave(settings):
    # A Publish posted before Wagtail's first autosave of a new page returns would collide with
    # its slug; autosave is not what this test is about.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0


@pytest.fixture
def uzbek_user(site):
    from wagtail.users.models import UserProfile

    def create(username, role):
        user = make_user(username, role)
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "uz"
        profile.save()
        return user

    return create


@pytest.fixture
def browser_page(new_context):
    """A browser that asks for Uzbek, as the department's do."""

    def open_page():
        return new_context(viewport={"width": 1280, "height": 900}, locale="uz-UZ").new_page()

    return open_page


def log_in(page, site, username, screens=None):
    page.goto(f"{site}/admin/login/")
    expect(page.locator("html")).to_have_attribute("lang", "uz")
    if screens:
        screens.check(page, "login")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{site}/admin/")


def png_file():
    buffer = io.BytesIO()
    Image.new("RGB", (640, 400), (40, 110, 160)).save(buffer, "PNG")
    return {"name": "uzbek-admin-test.png", "mimeType": "image/png", "buffer": buffer.getvalue()}


def choose_first(modal):
    modal.locator("table a[data-chooser-modal-choice], table a, .listing a").first.click()


def test_editor_translator_and_moderator_work_in_uzbek(
    site, uzbek_user, browser_page, screens, no_autosave, sechenov
):
    from wagtail.models import Locale
    from wagtail_localize.models import Translation

    from events.models import EventIndexPage, EventReportPage

    events_uz = EventIndexPage.objects.get(locale__language_code="uz")
    uzbek_user("muharrir", "editor")
    uzbek_user("perevodchik", "translator-ru")
    uzbek_user("moderator", "moderator")

    # The editor -------------------------------------------------------------------------------
    page = browser_page()
    log_in(page, site, "muharrir", screens)
    screens.check(page, "editor-dashboard")

    page.goto(f"{site}/admin/pages/{events_uz.pk}/")
    screens.check(page, "editor-explorer")

    page.goto(f"{site}/admin/pages/add/events/eventreportpage/{events_uz.pk}/")
    form = page.locator("form[method=post]").filter(has=page.locator("input[name=title]"))
    form.locator("input[name=title]").fill(TITLE)
    form.locator("input[name=start_date]").fill("2025-03-10")
    page.keyboard.press("Escape")
    form.locator("input[name=end_date]").fill("2025-03-12")
    page.keyboard.press("Escape")
    screens.check(page, "editor-new-report")

    body = page.locator("[data-contentpath=body], #panel-child-kontent-body-content").first
    body.locator("button.c-sf-add-button").first.click()
    picker = page.locator(".w-combobox, [role=listbox]").first
    expect(picker).to_be_visible()
    screens.check(page, "editor-block-picker")
    picker.get_by_role("option").first.click()
    body.locator("[contenteditable=true]").first.fill("Seminar haqida qisqacha hisobot.")
    screens.check(page, "editor-block-added")

    hero = page.locator("[data-contentpath=hero_image] [data-chooser-action-choose]").or_(
        page.locator(".image-chooser [data-chooser-action-choose]")
    )
    hero.first.click()
    modal = page.get_by_role("dialog")
    expect(modal).to_be_visible()
    screens.check(page, "editor-image-chooser")
    modal.get_by_role("tab", name=uz("Upload")).click()
    screens.check(page, "editor-image-upload")
    modal.locator("input[type=file]").set_input_files(png_file())
    modal.locator("input[name$=title]").first.fill("Oʻzbekcha admin sinovi rasmi")
    modal.locator("form button[type=submit], form input[type=submit]").last.click()
    expect(modal).to_be_hidden()
    expect(page.locator("input[name=hero_image]")).not_to_have_value("")

    page.locator("#id_participants-ADD").click()
    modal = page.get_by_role("dialog")
    if not modal.is_visible():
        page.locator('[id^="id_participants-"] button[data-chooser-action-choose]').last.click()
    expect(modal).to_be_visible()
    screens.check(page, "editor-person-chooser")
    choose_first(modal)
    expect(modal).to_be_hidden()
    role = page.locator('select[name^="participants-"][name$="-role"]').last
    if role.count():
        role.select_option(index=1)

    page.locator("footer button.action-save").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
    report = EventReportPage.objects.get(title=TITLE)
    assert not report.live
    screens.check(page, "editor-draft-saved")

    page.locator('[data-side-panel-toggle="preview"]').first.click()
    preview = page.locator('[data-side-panel="preview"]')
    expect(preview).to_be_visible()
    screens.check(page, "editor-preview")
    page.locator('[data-side-panel-toggle="preview"]').first.click()

    page.locator("footer [data-w-dropdown-target=toggle]").first.click()
    page.locator('footer button[name="action-publish"]').click()
    page.wait_for_url(f"{site}/admin/pages/{events_uz.pk}/")
    report.refresh_from_db()
    assert report.live
    screens.check(page, "editor-published")

    # The translator ---------------------------------------------------------------------------
    editor = client_for(make_user("tarjima-soʻrovchi", "editor"))
    ru = Locale.objects.get(language_code="ru")
    response = editor.post(
        reverse("wagtail_localize:submit_page_translation", args=[report.pk]),
        {"locales": [ru.pk]},
    )
    assert response.status_code == 302
    russian = EventReportPage.objects.get(translation_key=report.translation_key, locale=ru)
    translation_record = Translation.objects.get(
        source__object_id=report.translation_key, target_locale=ru
    )

    page = browser_page()
    log_in(page, site, "perevodchik")
    screens.check(page, "translator-dashboard")

    page.goto(f"{site}/admin/pages/{russian.pk}/edit/")
    page.get_by_role("button", name=uz("Translate", "djangojs")).first.click()
    page.locator("main textarea").first.fill(RUSSIAN_TITLE)
    screens.check(page, "translator-editor")
    page.get_by_role("button", name=uz("Save", "djangojs"), exact=True).click()
    expect(page.get_by_text(RUSSIAN_TITLE).first).to_be_visible()

    download = reverse("wagtail_localize:download_pofile", args=[translation_record.pk])
    link = page.locator(f'a[href="{download}"] >> visible=true').first
    if not link.count():
        # Behind the editor's actions menu in some versions of wagtail-localize.
        page.locator("header [aria-haspopup], [class*=ActionMenu] button").first.click()
    expect(link).to_be_visible()
    screens.check(page, "translator-po-download")
    with page.expect_download() as po_download:
        link.click()
    assert po_download.value.suggested_filename.endswith(".po")
    page.keyboard.press("Escape")

    page.get_by_role("button", name=uz("Submit for moderation")).click()
    page.wait_for_load_state("networkidle")
    screens.check(page, "translator-submitted")
    russian.refresh_from_db()
    assert not russian.live

    # The moderator ----------------------------------------------------------------------------
    page = browser_page()
    log_in(page, site, "moderator")
    row = page.locator("tr").filter(has_text=RUSSIAN_TITLE)
    expect(row).to_be_visible()
    screens.check(page, "moderator-dashboard")
    row.locator("[data-w-dropdown-target=toggle]").first.click()
    screens.check(page, "moderator-actions")
    page.get_by_role("button", name=uz("Approve"), exact=True).click()
    expect(row).to_have_count(0)
    screens.check(page, "moderator-approved")
    russian.refresh_from_db()
    assert russian.live and russian.title == RUSSIAN_TITLE

    screens.assert_none_english()
