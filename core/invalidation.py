"""What counts as a content change: every one starts a new content generation.

The structure cache (core.structure_cache) and the page cache (core.page_cache) both key their
entries on that generation, so these receivers are all either needs to stay fresh. Connected once,
from HomeConfig.ready(), in every process that writes (web workers, the scheduler, commands).
"""

from django.db.models.signals import m2m_changed, post_delete, post_save

from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    Page,
    PageViewRestriction,
    Site,
)
from wagtail.signals import (
    page_published,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from core.content_apps import content_app_labels
from core.structure_cache import bump_generation

# Saves that only touch the draft side of a page or snippet change nothing a reader sees.
DRAFT_FIELDS = frozenset(
    {
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "wagtail_admin_comments",
        "locked",
        "locked_at",
        "locked_by",
    }
)
CONTENT_BASES = (
    Page,
    Site,
    Locale,
    PageViewRestriction,
    Collection,
    CollectionViewRestriction,
    AbstractImage,
    AbstractDocument,
)


def shown_on_pages(model):
    """Whether saving or deleting a `model` row can change what a public page shows."""
    if issubclass(model, AbstractRendition):
        # Made while rendering a page; nothing a reader sees changes.
        return False
    return (
        model._meta.app_label in content_app_labels()
        or issubclass(model, CONTENT_BASES)
        or hasattr(model, "snippet_viewset")
        or model._meta.app_label == "taggit"
    )


def content_changed(**kwargs):
    bump_generation()


def model_saved(sender, update_fields=None, **kwargs):
    if not shown_on_pages(sender):
        return
    if update_fields and frozenset(update_fields) <= DRAFT_FIELDS:
        return
    bump_generation()


def model_deleted(sender, **kwargs):
    if shown_on_pages(sender):
        bump_generation()


def relation_changed(sender, instance, action, **kwargs):
    if action.startswith("post_") and shown_on_pages(type(instance)):
        bump_generation()


def connect_signals():
    """Called from HomeConfig.ready(): any content change starts a new content generation."""
    page_signals = {
        "page_published": page_published,
        "page_unpublished": page_unpublished,
        "post_page_move": post_page_move,
        "published": published,
        "unpublished": unpublished,
    }
    for name, signal in page_signals.items():
        signal.connect(content_changed, dispatch_uid=f"core.invalidation.{name}")
    post_save.connect(model_saved, dispatch_uid="core.invalidation.saved")
    post_delete.connect(model_deleted, dispatch_uid="core.invalidation.deleted")
    m2m_changed.connect(relation_changed, dispatch_uid="core.invalidation.relation")
