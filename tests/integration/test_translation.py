"""Russian and English pages are wagtail-localize translations of the Uzbek source, and facts
(dates, numbers, images, links) stay identical: translators cannot change them, sync brings
them up to date."""

import datetime
import re

from django.urls import reverse

from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import OverridableSegment, Translation, TranslationSource

import pytest

from events.models import EventReportPage
from home.models import Person, Topic
from news.models import NewsArticlePage
from partners.models import PartnerProfilePage

pytestmark = pytest.mark.django_db

CYRILLIC = re.compile(r"[А-Яа-яЁё]")
TRANSLATED_MODELS = [EventReportPage, NewsArticlePage, PartnerProfilePage, Person, Topic]
FACTS = ["start_date", "end_date", "students", "contact_hours", "kind", "event_format"]


@pytest.mark.parametrize("model", TRANSLATED_MODELS)
def test_every_uzbek_object_has_translation_records_into_russian_and_english(model, locales):
    sources = model.objects.filter(locale=locales["uz"])
    assert sources.exists()

    for source in sources:
        translation_source = TranslationSource.objects.get(
            object_id=source.translation_key, locale=locales["uz"]
        )
        targets = set(
            Translation.objects.filter(source=translation_source, enabled=True).values_list(
                "target_locale__language_code", flat=True
            )
        )
        assert targets == {"ru", "en"}
        for code in ("ru", "en"):
            translated = model.objects.get(
                translation_key=source.translation_key, locale=locales[code]
            )
            assert translated.pk != source.pk


def test_russian_pages_are_written_in_russian(locales):
    for page in EventReportPage.objects.filter(locale=locales["ru"]):
        assert CYRILLIC.search(page.title), page.title
        assert CYRILLIC.search(page.summary), page.summary
    for page in EventReportPage.objects.filter(locale=locales["en"]):
        assert not CYRILLIC.search(page.title), page.title


def test_facts_are_identical_in_every_language(sechenov):
    source = sechenov["uz"]
    assert source.start_date == datetime.date(2023, 6, 5)
    assert source.end_date == datetime.date(2023, 6, 10)
    assert source.students == 9
    for code in ("ru", "en"):
        translated = sechenov[code]
        assert [getattr(translated, fact) for fact in FACTS] == [
            getattr(source, fact) for fact in FACTS
        ]
        assert translated.hero_image_id == source.hero_image_id
        assert [link.partner_id for link in translated.partner_links.all()] == [
            link.partner_id for link in source.partner_links.all()
        ]
        assert [(p.person_id, p.role) for p in translated.participants.all()] == [
            (p.person_id, p.role) for p in source.participants.all()
        ]


@pytest.mark.parametrize(
    "field",
    ["start_date", "end_date", "students", "contact_hours", "hero_image", "partner_links"],
)
def test_facts_are_synchronised_and_not_overridable_by_translators(field):
    policy = {f.field_name: f for f in get_translatable_fields(EventReportPage)}[field]

    assert not policy.is_translated(EventReportPage())
    assert policy.is_synchronized(EventReportPage())
    assert not policy.is_overridable(EventReportPage())


def test_the_translation_editor_offers_no_fact_to_override(sechenov, locales):
    source = TranslationSource.objects.get(
        object_id=sechenov["uz"].translation_key, locale=locales["uz"]
    )
    overridable = set(
        OverridableSegment.objects.filter(source=source).values_list("context__path", flat=True)
    )

    # Gallery photos may be swapped for a localised picture; facts may not.
    assert any(path.startswith("gallery.") for path in overridable)
    assert not {path for path in overridable if path.split(".")[0] in FACTS + ["hero_image"]}


def test_syncing_after_a_source_edit_updates_the_translations(
    client, sechenov, django_user_model, django_capture_on_commit_callbacks
):
    admin = django_user_model.objects.create_superuser("sync-admin", "a@example.org", "pw")
    client.force_login(admin)
    source = sechenov["uz"]
    source.start_date = datetime.date(2023, 6, 6)
    source.end_date = datetime.date(2023, 6, 11)
    source.save_revision().publish()
    translation_source = TranslationSource.objects.get(
        object_id=source.translation_key, locale=source.locale
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:update_translations", args=[translation_source.pk]),
            {"publish_translations": "on"},
        )

    assert response.status_code == 302
    for code in ("ru", "en"):
        translated = EventReportPage.objects.get(pk=sechenov[code].pk)
        assert (translated.start_date, translated.end_date) == (
            datetime.date(2023, 6, 6),
            datetime.date(2023, 6, 11),
        )
        assert translated.live
        # The translated text survives the sync.
        assert translated.title == sechenov[code].title
