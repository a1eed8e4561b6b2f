"""Translation states computed from wagtail-localize's records (translations.status)."""

import datetime

from django.urls import reverse

from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

import pytest

from home.models import Person
from news.models import NewsIndexPage
from tests.factories import NewsArticlePageFactory
from tests.helpers import by_language
from translations.states import IN_PROGRESS, MISSING, OUTDATED, SOURCE, UP_TO_DATE
from translations.status import compute_status

pytestmark = pytest.mark.django_db


def item_of(report, instance):
    """The report's item for `instance` (a page or snippet in any of its languages)."""
    is_page = isinstance(instance, Page)
    for item in report.items:
        same_kind = item.is_page if is_page else item.model is type(instance)
        if same_kind and instance.pk in item.objects.values():
            return item
    raise LookupError(instance)


def states(report, instance):
    return {code: cell.state for code, cell in item_of(report, instance).cells.items()}


def submit_translation(instance, locale, capture, publish=False):
    """Submit `instance` for translation into `locale` as wagtail-localize's submit view does."""
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation = Translation.objects.create(source=source, target_locale=locale)
    with capture(execute=True):
        translation.save_target(publish=publish)
    return translation


def translate_segments(translation, count=None, prefix="RU "):
    """Translate the first `count` string segments of `translation` (all when None)."""
    segments = StringSegment.objects.filter(source=translation.source).select_related("string")
    for segment in list(segments.order_by("order"))[:count]:
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": prefix + segment.string.data, "translation_type": "manual"},
        )


def sync(client, django_user_model, source_instance, capture, publish=True):
    """Press "Sync translated pages" (wagtail-localize's update view) for `source_instance`."""
    admin = django_user_model.objects.filter(username="status-admin").first()
    admin = admin or django_user_model.objects.create_superuser(
        "status-admin", "status@example.org", "pw"
    )
    client.force_login(admin)
    source = TranslationSource.objects.get(
        object_id=source_instance.translation_key, locale_id=source_instance.locale_id
    )
    data = {"publish_translations": "on"} if publish else {}
    with capture(execute=True):
        response = client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]), data
        )
    assert response.status_code == 302
    return source


@pytest.fixture
def news(locales):
    return by_language(NewsIndexPage)


def test_the_demo_slice_is_up_to_date_in_every_translation(sechenov):
    report = compute_status()

    assert states(report, sechenov["uz"]) == {"uz": SOURCE, "ru": UP_TO_DATE, "en": UP_TO_DATE}
    # The home, index and content pages and the snippets are all listed, each once.
    sections = {item.section for item in report.items}
    assert sections == {"news", "events", "partners", "other", "snippets"}
    assert len({(item.model, item.source_object_id) for item in report.items}) == len(report.items)
    totals = report.totals()
    assert totals["ru"].up_to_date == totals["en"].up_to_date == len(report.items)
    assert totals["ru"].percent_up_to_date == 100.0
    # Uzbek is the source of everything: nothing to count.
    assert totals["uz"].total == 0


def test_a_page_cell_belongs_to_the_page_in_that_language(sechenov):
    item = item_of(compute_status(), sechenov["ru"])

    assert item.objects == {code: page.pk for code, page in sechenov.items()}
    assert item.source_locale == "uz"
    assert item.section == "events"


def test_an_untranslated_page_is_missing_in_the_other_languages(news):
    article = NewsArticlePageFactory(parent=news["uz"], title="Yangi maqola")

    report = compute_status()

    assert states(report, article) == {"uz": SOURCE, "ru": MISSING, "en": MISSING}
    totals = report.totals()
    assert (totals["ru"].missing, totals["en"].missing) == (1, 1)
    assert totals["ru"].percent_up_to_date == round(
        100 * totals["ru"].up_to_date / totals["ru"].total, 1
    )


def test_a_partial_translation_is_in_progress_with_its_share(
    news, locales, django_capture_on_commit_callbacks
):
    article = NewsArticlePageFactory(parent=news["uz"], title="Tarjima qilinmoqda")
    article.body = [
        ("paragraph", RichText("<p>Birinchi.</p>")),
        ("paragraph", RichText("<p>Ikkinchi.</p>")),
    ]
    article.save_revision().publish()
    translation = submit_translation(article, locales["ru"], django_capture_on_commit_callbacks)
    total = StringSegment.objects.filter(source=translation.source).count()
    translate_segments(translation, 1)

    cell = item_of(compute_status(), article).cells["ru"]

    assert total >= 3  # title, summary-less body of two paragraphs
    assert (cell.state, cell.translated, cell.total) == (IN_PROGRESS, 1, total)
    assert cell.share == pytest.approx(1 / total)
    assert item_of(compute_status(), article).cells["en"].state == MISSING


def test_a_fully_translated_draft_is_in_progress_until_published(
    news, locales, django_capture_on_commit_callbacks
):
    article = NewsArticlePageFactory(parent=news["uz"], title="Qoralama tarjima")
    translation = submit_translation(article, locales["ru"], django_capture_on_commit_callbacks)
    translate_segments(translation)

    cell = item_of(compute_status(), article).cells["ru"]
    assert (cell.state, cell.share) == (IN_PROGRESS, 1.0)

    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    assert item_of(compute_status(), article).cells["ru"].state == UP_TO_DATE


def test_editing_the_uzbek_source_makes_the_translations_outdated_until_synced_and_published(
    client, django_user_model, sechenov, django_capture_on_commit_callbacks
):
    source = sechenov["uz"]
    source.start_date = datetime.date(2023, 6, 6)
    source.end_date = datetime.date(2023, 6, 11)
    source.save_revision().publish()

    report = compute_status()
    assert states(report, source) == {"uz": SOURCE, "ru": OUTDATED, "en": OUTDATED}
    totals = report.totals()
    assert (totals["ru"].outdated, totals["en"].outdated) == (1, 1)
    assert totals["ru"].up_to_date == len(report.items) - 1

    sync(client, django_user_model, source, django_capture_on_commit_callbacks)

    assert states(compute_status(), source) == {"uz": SOURCE, "ru": UP_TO_DATE, "en": UP_TO_DATE}


def test_a_draft_edit_of_the_source_changes_nothing(sechenov):
    source = sechenov["uz"]
    source.title = "Qoralama sarlavha"
    source.save_revision()

    assert states(compute_status(), source)["ru"] == UP_TO_DATE


def test_a_sync_without_publishing_leaves_the_translation_outdated(
    client, django_user_model, sechenov, django_capture_on_commit_callbacks
):
    source = sechenov["uz"]
    source.students = (source.students or 0) + 1
    source.save_revision().publish()
    translation_source = sync(
        client, django_user_model, source, django_capture_on_commit_callbacks, publish=False
    )

    assert states(compute_status(), source)["ru"] == OUTDATED

    translation = Translation.objects.get(
        source=translation_source, target_locale=sechenov["ru"].locale
    )
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    assert states(compute_status(), source) == {"uz": SOURCE, "ru": UP_TO_DATE, "en": OUTDATED}


def test_new_source_text_after_a_sync_is_in_progress(
    client, django_user_model, sechenov, django_capture_on_commit_callbacks
):
    source = sechenov["uz"]
    source.summary = "Yangi qisqacha mazmun."
    source.save_revision().publish()
    sync(client, django_user_model, source, django_capture_on_commit_callbacks)

    cell = item_of(compute_status(), source).cells["ru"]

    assert cell.state == IN_PROGRESS
    assert cell.translated == cell.total - 1


def test_editing_a_snippet_source_makes_its_translations_outdated(
    locales, django_capture_on_commit_callbacks
):
    person = Person.objects.filter(locale=locales["uz"]).first()
    person.position = "Kafedra professori (yangi lavozim)"
    person.save()

    assert states(compute_status(), person) == {"uz": SOURCE, "ru": OUTDATED, "en": OUTDATED}

    source = TranslationSource.objects.get(object_id=person.translation_key, locale=locales["uz"])
    with django_capture_on_commit_callbacks(execute=True):
        source.update_from_db()

    assert states(compute_status(), person)["ru"] == IN_PROGRESS


def test_a_page_written_in_russian_has_russian_as_its_source(
    news, locales, django_capture_on_commit_callbacks
):
    article = NewsArticlePageFactory(parent=news["ru"], title="Статья на русском")
    translation = submit_translation(article, locales["uz"], django_capture_on_commit_callbacks)
    translate_segments(translation, prefix="UZ ")
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    item = item_of(compute_status(), article)

    assert item.source_locale == "ru"
    assert {code: cell.state for code, cell in item.cells.items()} == {
        "uz": UP_TO_DATE,
        "ru": SOURCE,
        "en": MISSING,
    }


def test_a_translation_edited_outside_wagtail_localize_is_compared_by_publishing_date(
    sechenov, locales
):
    Translation.objects.filter(
        source__object_id=sechenov["uz"].translation_key, target_locale=locales["ru"]
    ).update(enabled=False)
    assert states(compute_status(), sechenov["uz"])["ru"] == UP_TO_DATE

    sechenov["uz"].save_revision().publish()

    assert states(compute_status(), sechenov["uz"])["ru"] == OUTDATED


def publishable_snippet(locales):
    """The Uzbek record of a translatable snippet with drafts (the site details), if any."""
    from wagtail.models import DraftStateMixin

    from translations.status import translatable_snippet_models

    for model in translatable_snippet_models():
        if issubclass(model, DraftStateMixin):
            instance = model.objects.filter(locale=locales["uz"]).first()
            if instance is not None:
                return instance
    pytest.skip("no translatable snippet with drafts in this project")


def test_a_snippet_with_drafts_is_outdated_once_its_source_is_published(locales):
    instance = publishable_snippet(locales)
    assert states(compute_status(), instance)["ru"] == UP_TO_DATE

    instance.save_revision()
    assert states(compute_status(), instance)["ru"] == UP_TO_DATE

    instance.save_revision().publish()
    assert states(compute_status(), instance) == {"uz": SOURCE, "ru": OUTDATED, "en": OUTDATED}
