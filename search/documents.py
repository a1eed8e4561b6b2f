"""The search documents of live pages (search.models.SearchDocument), kept up to date.

A page's document is rebuilt from the database whenever a save can change what readers see of
it: a publish (an editor's, the scheduler's or wagtail-localize's when a translation is
published), an unpublish, a move or any save of its live fields. A draft save (Wagtail saves
only the revision pointers then) leaves it alone, and it is read back from the database, so a
draft's text never reaches the search. Deleting a page deletes its document (cascade).
`manage.py rebuild_search_documents` builds them all; after `migrate`, the pages that have
none are built at once.
"""

import functools

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models.signals import post_migrate, post_save

from wagtail.models import Locale, Page, get_page_models
from wagtail.signals import page_unpublished

from search.backends import update_vectors
from search.models import SearchDocument
from search.words import index_words

# Saves that name only other fields (revision pointers, tree counters) change nothing here.
SEARCHED_FIELDS = frozenset({"title", "summary", "body", "city", "live", "locale", "path"})
MAX_BODY_LENGTH = 200_000
BATCH_SIZE = 500


@functools.cache
def searchable_models():
    """{page model: label} of the page types the site search shows (they say so by setting
    `search_result_kind`: news articles, event reports, partner profiles)."""
    return {
        model: model.search_result_kind
        for model in get_page_models()
        if getattr(model, "search_result_kind", None)
    }


def page_texts(page):
    """(title, summary, body) of `page`: body is its StreamField text and its city."""
    body = getattr(page, "body", None)
    parts = list(body.stream_block.get_searchable_content(body)) if body else []
    city = getattr(page, "city", "")
    if city:
        parts.append(city)
    return page.title, page.summary, "\n".join(parts)[:MAX_BODY_LENGTH]


def spaced(words):
    return " " + " ".join(words) if words else ""


def document_for(page, language):
    title, summary, body = page_texts(page)
    return SearchDocument(
        page_id=page.pk,
        title=spaced(index_words(title, language)),
        summary=spaced(index_words(summary, language)),
        body=spaced(index_words(body, language)),
    )


def languages():
    return dict(Locale.objects.values_list("pk", "language_code"))


def index_pages(pages, language_of=None):
    """(Re)build the documents of `pages` (live specific pages, any types and languages)."""
    language_of = language_of or languages()
    for start in range(0, len(pages), BATCH_SIZE):
        _index_batch(pages[start : start + BATCH_SIZE], language_of)


def _index_batch(pages, language_of):
    documents = [document_for(page, language_of[page.locale_id]) for page in pages]
    with transaction.atomic():
        SearchDocument.objects.bulk_create(
            documents,
            update_conflicts=True,
            unique_fields=["page"],
            update_fields=["title", "summary", "body"],
        )
        for language in {language_of[page.locale_id] for page in pages}:
            ids = [page.pk for page in pages if language_of[page.locale_id] == language]
            update_vectors(language, ids)


def update_page(page_id, model):
    """Rebuild the document of one page from its row in the database (none unless live)."""
    page = model.objects.filter(pk=page_id, live=True).first()
    if page is None:
        SearchDocument.objects.filter(page_id=page_id).delete()
    else:
        index_pages([page], {page.locale_id: page.locale.language_code})


def live_pages(model):
    return model.objects.live().order_by("pk")


def rebuild(log=None):
    """Every live searchable page's document, built again; documents of others dropped."""
    language_of = languages()
    models = searchable_models()
    for model in models:
        pages = live_pages(model)
        count = pages.count()
        for start in range(0, count, BATCH_SIZE):
            index_pages(list(pages[start : start + BATCH_SIZE]), language_of)
        if log:
            log(f"{model._meta.verbose_name_plural}: {count}")
    types = ContentType.objects.get_for_models(*models).values()
    SearchDocument.objects.exclude(page__live=True, page__content_type__in=types).delete()


def build_missing():
    """The documents of live searchable pages that have none (after a migration, say)."""
    language_of = languages()
    for model in searchable_models():
        index_pages(list(live_pages(model).filter(search_document__isnull=True)), language_of)


# Signals --------------------------------------------------------------------------------------


def page_saved(sender, instance, update_fields=None, raw=False, **kwargs):
    if raw or not isinstance(instance, Page):
        return
    if update_fields is not None and not SEARCHED_FIELDS & set(update_fields):
        return
    model = instance.specific_class
    if model in searchable_models():
        update_page(instance.pk, model)


def page_withdrawn(sender, instance, **kwargs):
    SearchDocument.objects.filter(page_id=instance.pk).delete()


def migrated(sender, using=None, **kwargs):
    if using in (None, connection.alias) and SearchDocument._meta.db_table in (
        connection.introspection.table_names()
    ):
        build_missing()


def connect(app_config):
    post_save.connect(page_saved, dispatch_uid="search-document-page-saved")
    page_unpublished.connect(page_withdrawn, dispatch_uid="search-document-unpublished")
    post_migrate.connect(migrated, sender=app_config, dispatch_uid="search-document-migrated")
