"""Pages and search-index entries written in bulk, for the benchmark's large archive.

Wagtail's `add_child` saves one page at a time (a few queries, a revision, signals, the search
and reference indexes): about 36,000 pages would take most of an hour. Here the treebeard
materialised paths are computed in Python, the `wagtailcore_page` rows go in with
`bulk_create`, the rows of the specific tables (multi-table children, which `bulk_create`
refuses) with the model's `_base_manager._insert`, and the parent's `numchild` is set at the end.
"""


def _batches(items, size):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def add_children(parent, pages, now):
    """Insert the unsaved specific `pages` as the last children of `parent`, in bulk.

    Returns `pages`, their primary keys set.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.db import connections, router

    from wagtail.models import Page

    if not pages:
        return pages
    model = type(pages[0])
    database = router.db_for_write(Page)
    operations = connections[database].ops
    content_type = ContentType.objects.get_for_model(model)
    depth = parent.depth + 1
    last_path = (
        Page.objects.filter(path__startswith=parent.path, depth=depth)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    step = Page._str2int(last_path[-Page.steplen :]) if last_path else 0
    for page in pages:
        step += 1
        page.path = Page._get_path(parent.path, depth, step)
        page.depth = depth
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.locale_id = parent.locale_id
        page.content_type = content_type
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.first_published_at or now
        page.last_published_at = page.first_published_at
        page.latest_revision_created_at = page.first_published_at
    page_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    # The wagtailcore_page rows; bulk_create sets each page's primary key (page_ptr_id).
    Page.objects.bulk_create(
        pages, batch_size=operations.bulk_batch_size(page_fields, pages) or len(pages)
    )
    # The specific table's rows: page_ptr_id and the model's own columns.
    for page in pages:
        if page.id is None:
            raise RuntimeError("the database did not return the new pages' ids")
        page.page_ptr_id = page.id
    local_fields = list(model._meta.local_concrete_fields)
    for batch in _batches(pages, operations.bulk_batch_size(local_fields, pages) or len(pages)):
        model._base_manager._insert(batch, fields=local_fields, using=database)
    for page in pages:
        page._state.adding = False
        page._state.db = database
    Page.objects.filter(pk=parent.pk).update(numchild=Page.objects.child_of(parent).count())
    return pages


def index_for_search(model, pages):
    """Search index entries for `pages`, in bulk: the site search's documents
    (search.documents) and Wagtail's index (which the API's `?search=` reads).

    On SQLite the backend's indexer runs for the first page only: bulk pages of one model and
    language differ only in their titles, so the other entries are that one with the title
    swapped (indexing each page through the backend takes minutes at the default size).
    Other backends get the backend's own bulk `add_items`.
    """
    from wagtail.search.backends import get_search_backend

    from core.text import normalise
    from search.documents import index_pages

    index_pages(pages)
    backend = get_search_backend()
    index = backend.get_index_for_model(model)
    if not pages:
        return
    # The SQLite backend's module can only be imported on SQLite (it looks up its FTS model).
    if type(index).__name__ != "SQLiteIndex":
        for batch in _batches(pages, 2000):
            index.add_items(model, batch)
        return
    from modelsearch.backends.database.sqlite.sqlite import ObjectIndexer
    from modelsearch.utils import get_content_type_pk

    sample = ObjectIndexer(pages[0], index.backend)
    texts = {"title": sample.title, "autocomplete": sample.autocomplete, "body": sample.body}
    first = pages[0].title

    def swapped(text, title):
        return text.replace(first, title).replace(normalise(first), normalise(title))

    entry_model = index.entries.model
    content_type = get_content_type_pk(model)
    entries = [
        entry_model(
            content_type_id=content_type,
            object_id=str(page.pk),
            **{name: swapped(text, page.title) for name, text in texts.items()},
        )
        for page in pages
    ]
    entry_model._default_manager.bulk_create(entries, batch_size=2000)
    index._refresh_title_norms()
