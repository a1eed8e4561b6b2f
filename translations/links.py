"""Internal links in page bodies that send readers to the wrong language or to nothing.

wagtail-localize copies rich text links into a translation as they are in the source, so a
Russian page usually stores links to Uzbek pages; Wagtail then shows the reader the Russian
version of the linked page only if that version is live. For every page we flag each internal
link (``<a linktype="page" id="N">`` in a StreamField or rich text field) that:

- ``other_locale``: points to a page in another locale (readers follow it to the page's own
  language only when that translation is live);
- ``not_live``: has no live version in the page's own locale, so readers land on another
  language or on an unpublished page;
- ``broken``: points to a page that no longer exists.

The bodies are read with one query per page model that has such fields, and the linked pages
come from the status report's page rows (or one query when used alone).
"""

import re
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import TextField
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _

from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, get_page_models

OTHER_LOCALE = "other_locale"
NOT_LIVE = "not_live"
BROKEN = "broken"

PROBLEM_LABELS = {
    OTHER_LOCALE: _("Links to a page in another language"),
    NOT_LIVE: _("Linked page is not live in this language"),
    BROKEN: _("Linked page no longer exists"),
}

# Stored rich text is inside JSON, so its quotes may be escaped; attributes come in any order.
PAGE_LINK = re.compile(r'<a\b[^>]*?linktype=\\?"page\\?"[^>]*>')
LINK_ID = re.compile(r'\bid=\\?"(\d+)')


@dataclass
class LinkProblem:
    page_id: int
    linked_page_id: int
    kinds: list
    page_title: str = ""
    page_locale: str = ""
    linked_title: str = ""
    linked_locale: str = ""

    @property
    def labels(self):
        return [PROBLEM_LABELS[kind] for kind in self.kinds]


def linked_page_ids(text):
    """Ids of the pages linked from the stored (JSON or HTML) text of a body field."""
    ids = []
    for tag in PAGE_LINK.findall(text or ""):
        match = LINK_ID.search(tag)
        if match:
            ids.append(int(match.group(1)))
    return ids


def body_fields(model):
    return [
        field.name
        for field in model._meta.get_fields()
        if isinstance(field, (StreamField, RichTextField)) and field.concrete
    ]


def page_links():
    """{page id: [linked page ids]} for every page, one query per page model with bodies."""
    links = defaultdict(list)
    for model in get_page_models():
        if model._meta.abstract or model is Page:
            continue
        names = [name for name in body_fields(model) if name in _own_fields(model)]
        if not names:
            continue
        annotations = {f"_text_{name}": Cast(name, TextField()) for name in names}
        rows = model.objects.annotate(**annotations).values_list("pk", *annotations)
        for pk, *texts in rows:
            for text in texts:
                links[pk].extend(linked_page_ids(text))
    return links


def _own_fields(model):
    # A field inherited from a concrete parent page model is read with the parent's query.
    parents = [parent for parent in model._meta.get_parent_list() if parent is not Page]
    inherited = {
        field.name
        for parent in parents
        if not parent._meta.abstract
        for field in parent._meta.concrete_fields
    }
    return {field.name for field in model._meta.concrete_fields} - inherited


def _page_rows():
    return {
        row["id"]: row
        for row in Page.objects.filter(depth__gt=1).values(
            "id", "translation_key", "locale_id", "live", "title", "alias_of_id"
        )
    }


def find_link_problems(page_rows=None, locale_codes=None):
    """LinkProblems of every page, ordered by page and link.

    `page_rows` are the status report's rows ({page id: row with translation_key, locale_id,
    live, title}); without them the pages are read here.
    """
    from translations.status import locale_codes as read_locale_codes

    links = page_links()
    if page_rows is None:
        page_rows = _page_rows()
    codes = locale_codes or read_locale_codes()
    by_key = {(row["translation_key"], row["locale_id"]): row for row in page_rows.values()}
    problems = []
    for page_id, linked_ids in sorted(links.items()):
        page = page_rows.get(page_id)
        # An alias shows its original's body; it is reported as a missing translation instead.
        if page is None or page["alias_of_id"]:
            continue
        seen = set()
        for linked_id in linked_ids:
            if linked_id in seen:
                continue
            seen.add(linked_id)
            linked = page_rows.get(linked_id)
            kinds = []
            if linked is None:
                kinds.append(BROKEN)
            else:
                if linked["locale_id"] != page["locale_id"]:
                    kinds.append(OTHER_LOCALE)
                version = by_key.get((linked["translation_key"], page["locale_id"]))
                if version is None or not version["live"] or version["alias_of_id"]:
                    kinds.append(NOT_LIVE)
            if kinds:
                problems.append(
                    LinkProblem(
                        page_id=page_id,
                        linked_page_id=linked_id,
                        kinds=kinds,
                        page_title=page["title"],
                        page_locale=codes.get(page["locale_id"], ""),
                        linked_title=linked["title"] if linked else "",
                        linked_locale=codes.get(linked["locale_id"], "") if linked else "",
                    )
                )
    return problems
