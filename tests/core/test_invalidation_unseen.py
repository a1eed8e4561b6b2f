"""Saves that change nothing a reader sees start no new content generation (core.invalidation),
so they leave cached pages in place: the draft side of a page or snippet, renditions, rows no
reader sees, media no live page uses, drafts. And where such a save does become visible (an
image once used, an index behind its updates), it counts again.

Checked through the page cache (core.page_cache): each test warms the URLs first.
"""

import io

from django.apps import apps
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from modelcluster.fields import ParentalKey
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.images.models import AbstractRendition
from wagtail.models import PageViewRestriction, ReferenceIndex

import pytest
from PIL import Image as PILImage

from core.structure_cache import content_generation
from home.models import SiteDetails
from tests.core.page_cache_helpers import HIT, get, text, warm
from tests.factories import (
    EventReportPageFactory,
    TopicFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]

LANGUAGES = ["uz", "ru"]


# Saves that change nothing a reader sees -------------------------------------------------------


def save_a_draft(page):
    page.title = "Faqat qoralama"
    page.save_revision()


def lock(page):
    page.locked = True
    page.locked_at = timezone.now()
    page.save(update_fields=["locked", "locked_at"])


@pytest.mark.parametrize("save", [save_a_draft, lock], ids=["draft revision", "lock"])
def test_draft_side_saves_leave_cached_pages_in_place(client, sechenov, save):
    page = sechenov["uz"]
    warm(client, page.url)
    generation = content_generation()

    save(page)

    assert content_generation() == generation
    response = get(client, page.url)
    assert response["X-Page-Cache"] == HIT
    assert "Faqat qoralama" not in response.content.decode()


def test_a_rendition_made_while_rendering_changes_nothing(sechenov):
    image = sechenov["uz"].hero_image
    generation = content_generation()

    image.get_rendition("fill-101x37")

    assert image.renditions.filter(filter_spec="fill-101x37").exists()
    assert content_generation() == generation


def test_rows_no_reader_sees_change_nothing(django_user_model):
    generation = content_generation()

    django_user_model.objects.create_user("nobody-reads-me", password="x")
    Group.objects.create(name="Kuzatuvchilar")

    assert content_generation() == generation


def test_a_group_added_to_a_view_restriction_is_a_change(sechenov):
    # Only m2m_changed reports it: adding a group saves neither the restriction nor the group.
    restriction = PageViewRestriction.objects.create(
        page=sechenov["uz"], restriction_type=PageViewRestriction.GROUPS
    )
    group = Group.objects.create(name="Talabalar")
    generation = content_generation()

    restriction.groups.add(group)

    assert content_generation() > generation


# What no live page shows: unused media, drafts (issue 16) --------------------------------------


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def png_upload(name="unused.png"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), (20, 120, 90)).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def new_image(title="Ishlatilmagan rasm"):
    return get_image_model().objects.create(title=title, file=png_upload())


def test_an_image_uploaded_in_the_admin_leaves_cached_pages_in_place(
    admin_client, client, sechenov, media_root
):
    warm(client, sechenov["uz"].url)
    generation = content_generation()

    response = admin_client.post(
        "/admin/images/add/", {"title": "Yangi rasm", "file": png_upload(), "tags": "kafedra"}
    )

    assert response.status_code == 302
    image = get_image_model().objects.get(title="Yangi rasm")
    assert list(image.tags.names()) == ["kafedra"]
    assert content_generation() == generation
    assert get(client, sechenov["uz"].url)["X-Page-Cache"] == HIT


def test_editing_an_image_no_page_uses_leaves_cached_pages_in_place(client, sechenov, media_root):
    image = new_image()
    warm(client, sechenov["uz"].url)
    generation = content_generation()

    image.title = "Hali ham ishlatilmagan"
    image.description = "Hech qayerda koʻrinmaydi"
    image.save()
    image.tags.add("arxiv")

    assert content_generation() == generation
    assert get(client, sechenov["uz"].url)["X-Page-Cache"] == HIT


def test_an_image_once_used_by_a_published_page_is_a_change_again(client, indexes, media_root):
    image = new_image()
    page = EventReportPageFactory(
        parent=indexes["events"]["uz"], title="Rasmli seminar", hero_image=image
    )
    warm(client, page.url)

    image.description = "Endi sahifada koʻrinadi"
    image.save()

    assert "Endi sahifada koʻrinadi" in text(client, page.url)


def test_an_image_edited_before_the_worker_indexed_its_new_use_is_still_a_change(
    client, settings, indexes, media_root
):
    """With the tasks queued (production), the reference index learns of a new use only when the
    worker runs: until then every image save counts."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    image = new_image()
    page = EventReportPageFactory(
        parent=indexes["events"]["uz"], title="Navbatdagi rasm", hero_image=image
    )
    assert not ReferenceIndex.get_references_to(image).exists()
    warm(client, page.url)

    image.description = "Ishchi hali ishlamadi"
    image.save()

    assert "Ishchi hali ishlamadi" in text(client, page.url)


def test_a_page_saved_as_a_new_draft_leaves_cached_pages_in_place(client, indexes, sechenov):
    events = indexes["events"]["uz"]
    person = sechenov["uz"].participants.first().person
    warm(client, events.url)
    generation = content_generation()

    draft = EventReportPageFactory(
        parent=events, title="Qoralama seminar", people=[person], draft=True
    )

    assert draft.participants.count() == 1
    assert content_generation() == generation
    assert get(client, events.url)["X-Page-Cache"] == HIT

    draft.save_revision().publish()

    assert "Qoralama seminar" in text(client, events.url)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_footer_draft_leaves_pages_in_place_until_it_is_published(client, homes, language):
    details = SiteDetails.objects.get(locale=homes[language].locale)
    warm(client, homes[language].url)
    generation = content_generation()

    details.footer_text = "Faqat qoralamadagi matn."
    details.save_revision()

    assert content_generation() == generation
    response = get(client, homes[language].url)
    assert response["X-Page-Cache"] == HIT
    assert "Faqat qoralamadagi matn." not in response.content.decode()

    details.refresh_from_db()
    details.latest_revision.publish()

    assert "Faqat qoralamadagi matn." in text(client, homes[language].url)


def test_a_new_topic_is_a_change_the_news_index_lists_every_topic(client, indexes):
    news = indexes["news"]["uz"]
    warm(client, news.url)

    TopicFactory(name="Yangi mavzu")

    assert "Yangi mavzu" in text(client, news.url)


def test_every_model_that_shows_images_or_documents_is_in_the_reference_index():
    """media_in_use reads Wagtail's reference index: a model that refers to an image or a
    document without being indexed (itself, or as a ParentalKey child of an indexed model)
    would let an edit of that image leave stale pages."""
    media = (get_image_model(), get_document_model())
    unindexed = []
    for model in apps.get_models():
        if issubclass(model, AbstractRendition):
            continue
        fields = model._meta.get_fields()
        refers = any(
            getattr(field, "related_model", None) in media
            and field.concrete
            or isinstance(field, StreamField | RichTextField)
            for field in fields
        )
        parents = [f.related_model for f in fields if isinstance(f, ParentalKey)]
        indexed = ReferenceIndex.is_indexed(model) or any(
            ReferenceIndex.is_indexed(parent) for parent in parents
        )
        if refers and not indexed:
            unindexed.append(model._meta.label)
    assert unindexed == []
