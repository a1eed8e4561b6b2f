"""What counts as a content change: every one starts a new content generation.

The structure cache (core.structure_cache) and the page cache (core.page_cache) both key their
entries on that generation, so these receivers are all either needs to stay fresh. Connected once,
from HomeConfig.ready(), in every process that writes (web workers, the scheduler, commands).

A new generation re-renders every page, so saves that no live page shows start none:
- the draft side of a page or snippet (a draft revision, a lock: DRAFT_FIELDS);
- a page or snippet created as a draft, and the rows of its panels (orderables, m2m) while it
  is not live — publishing it is the change;
- an image or document no page or snippet uses (`media_in_use`: Wagtail's reference index, as
  its "Usage" tab reads it), a new one included, and the tags of one.
Correctness comes first: when the reference index may be behind (its updates queued for the
task worker and not all done), every media save counts. A deletion always counts.

A change shown in one language only (an edit of a page that every language has: see
core.change_scope) starts a new generation of that language's pages; any other change, one of
every language's pages. Structures (core.structure_cache) follow every change.
"""

from django.apps import apps
from django.db.models.signals import m2m_changed, post_delete, post_save

from modelcluster.fields import ParentalKey
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    DraftStateMixin,
    Locale,
    Page,
    PageViewRestriction,
    ReferenceIndex,
    Site,
)
from wagtail.signals import (
    page_published,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from django_tasks import task_backends
from django_tasks.backends.immediate import ImmediateBackend
from django_tasks_db import DatabaseBackend
from django_tasks_db.models import DBTaskResult

from core.change_scope import connect_signals as connect_scope_signals
from core.change_scope import scope_of
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
# Shown on a page only where a page or snippet refers to them (a chooser, a rich text embed).
SHOWN_WHERE_USED = (AbstractImage, AbstractDocument)
REFERENCE_INDEX_TASK = "wagtail.tasks.update_reference_index_task"
# More reference index updates waiting than this: not worth reading them, the index is behind.
PENDING_LIMIT = 200


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
    """Unpublished or moved: shown in every language (switchers, hreflang)."""
    bump_generation()


def content_published(instance=None, **kwargs):
    bump_generation(scope_of(instance) if instance is not None else None)


def is_draft(instance):
    """A page or snippet that readers cannot see (never published, or unpublished)."""
    return isinstance(instance, DraftStateMixin) and not instance.live


def of_a_draft(instance):
    """A row of a draft's panels (an orderable under a ParentalKey): readers see it only once
    the draft is published, which saves it again with its live parent."""
    for field in instance._meta.get_fields():
        if isinstance(field, ParentalKey) and field.is_cached(instance):
            return is_draft(getattr(instance, field.name))
    return False


def reference_index_may_lag():
    """Whether Wagtail's reference index may miss a reference a live page already makes.

    Its updates are tasks: run inside the save (immediate backend), or queued for the worker
    (database backend) — then it is behind while an update of something that can refer to an
    image or document (not an image's own) is not done; a failed one counts too.
    """
    backend = task_backends["default"]
    if isinstance(backend, ImmediateBackend):
        return False
    if not isinstance(backend, DatabaseBackend):
        return True
    pending = list(
        DBTaskResult.objects.filter(task_path=REFERENCE_INDEX_TASK)
        .exclude(status="SUCCESSFUL")
        .values_list("args_kwargs", flat=True)[:PENDING_LIMIT]
    )
    return len(pending) == PENDING_LIMIT or any(may_refer_to_media(task) for task in pending)


def may_refer_to_media(args_kwargs):
    try:
        app_label, model_name = args_kwargs["args"][:2]
        model = apps.get_model(app_label, model_name)
    except (KeyError, TypeError, ValueError, LookupError):
        return True
    return not issubclass(model, SHOWN_WHERE_USED)


def media_in_use(instance):
    """Whether anything (a page, live or not, a snippet) refers to this image or document."""
    # Pending updates first: once one is done its references are already in the index.
    return reference_index_may_lag() or ReferenceIndex.get_references_to(instance).exists()


def shown(instance, created):
    """Whether saving `instance` (of a model shown on pages) can change what a reader sees."""
    if (created and is_draft(instance)) or of_a_draft(instance):
        return False
    if isinstance(instance, SHOWN_WHERE_USED):
        return media_in_use(instance)
    if instance._meta.app_label == "taggit":
        tagged = getattr(instance, "content_object", None)
        if isinstance(tagged, SHOWN_WHERE_USED):
            return media_in_use(tagged)
        # A new tag name is shown nowhere until something is tagged with it.
        return not (created and instance._meta.label == "taggit.Tag")
    return True


def model_saved(sender, instance, created=False, update_fields=None, raw=False, **kwargs):
    if not shown_on_pages(sender):
        return
    if update_fields and frozenset(update_fields) <= DRAFT_FIELDS:
        return
    if raw:
        bump_generation()
    elif shown(instance, created):
        bump_generation(scope_of(instance, created))


def model_deleted(sender, **kwargs):
    if shown_on_pages(sender):
        bump_generation()


def relation_changed(sender, instance, action, **kwargs):
    """An m2m relation of `instance` changed (a page's topics, an image's tags via taggit)."""
    if not action.startswith("post_") or not shown_on_pages(type(instance)):
        return
    if is_draft(instance):
        return
    if isinstance(instance, SHOWN_WHERE_USED) and not media_in_use(instance):
        return
    bump_generation(scope_of(instance))


def connect_signals():
    """Called from HomeConfig.ready(): any content change starts a new content generation."""
    page_signals = {
        "page_unpublished": page_unpublished,
        "post_page_move": post_page_move,
        "unpublished": unpublished,
    }
    for name, signal in page_signals.items():
        signal.connect(content_changed, dispatch_uid=f"core.invalidation.{name}")
    for name, signal in {"page_published": page_published, "published": published}.items():
        signal.connect(content_published, dispatch_uid=f"core.invalidation.{name}")
    connect_scope_signals()
    post_save.connect(model_saved, dispatch_uid="core.invalidation.saved")
    post_delete.connect(model_deleted, dispatch_uid="core.invalidation.deleted")
    m2m_changed.connect(relation_changed, dispatch_uid="core.invalidation.relation")
