"""Translation status of every translatable page and snippet in every locale.

An *item* is a set of objects that are translations of one another (same model family, same
``translation_key``). For each item and locale the status is one of:

- ``source``: the item is written in this locale; the other locales are measured against it.
- ``missing``: no object in this locale (an alias page, which only mirrors the source, counts
  as missing too).
- ``in_progress``: a wagtail-localize translation exists but not every string segment of its
  source is translated yet (``share`` is the translated fraction), or every segment is
  translated but the translated page has never been published while its source is live.
- ``up_to_date``: the translation covers the current source and is published.
- ``outdated``: the source changed after the translation was last synced or published:

  * pages: the source page was published after wagtail-localize last extracted its content
    (``source page.last_published_at > TranslationSource.last_updated_at``: nobody has used
    "Sync translated pages" since the edit), or the translation was synced but not published
    since (``translated page.last_published_at < TranslationSource.last_updated_at``);
  * snippets with drafts and publishing (such as the site details): as pages;
  * other snippets, which have no publishing dates: a translatable or synchronised field of the
    source object differs from the content wagtail-localize extracted
    (``TranslationSource.content_json``).

  Outdated wins over in progress: a translator must sync before translating further.
- ``awaiting_review``: the translated page has been submitted to its workflow and a moderator
  has not yet approved or rejected it. It wins over every other state of a translation.

A translation is never ``up_to_date`` while it has unpublished string changes: a string
translated after the page was last published makes it ``in_progress`` until the page is
published (through review) again.

The source of an item is the locale of its ``TranslationSource`` with the most enabled
translations (usually Uzbek, but an editor may write in any language). Objects translated
outside wagtail-localize (no translation, or a disabled one) are compared by publishing date
with the source page: published after the source → up to date, before → outdated.

Everything is read with a fixed number of queries, whatever the size of the tree: pages,
snippets (one query per snippet model), sources, translations, two grouped counts of segments
and the pages in moderation.
"""

import json
from collections import defaultdict

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, F, Max

from modelcluster.models import get_serializable_data_for_fields
from wagtail.models import DraftStateMixin, Locale, Page, TranslatableMixin, WorkflowState
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from translations.states import (
    AWAITING_REVIEW,
    IN_PROGRESS,
    MISSING,
    OUTDATED,
    PAGE_SECTIONS,
    SECTIONS,
    SOURCE,
    UP_TO_DATE,
    Cell,
    Item,
    StatusReport,
)


def locale_codes():
    """Language codes of the site's locales, in settings.LANGUAGES order."""
    order = {code: index for index, (code, _name) in enumerate(settings.LANGUAGES)}
    locales = Locale.objects.values_list("id", "language_code")
    return dict(sorted(locales, key=lambda pair: (order.get(pair[1], len(order)), pair[1])))


def translatable_snippet_models():
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def page_section(model):
    label = model._meta.app_label
    return label if label in PAGE_SECTIONS else "other"


def _content_fields(instance):
    """Names of the fields wagtail-localize translates or copies: the content, not bookkeeping."""
    return [field.field_name for field in get_translatable_fields(type(instance))]


def _snippet_data(instance):
    data = get_serializable_data_for_fields(instance)
    return json.loads(json.dumps(data, cls=DjangoJSONEncoder))


class _Builder:
    def __init__(self):
        self.locale_ids = locale_codes()
        self.default_code = settings.LANGUAGE_CODE
        self.members = defaultdict(dict)  # (ctype id, key) → {locale id: row}
        self.meta = {}  # (ctype id, key) → (kind, model)
        self.snippet_instances = {}  # (ctype id, key, locale id) → instance
        self.page_rows = {}

    def load_pages(self):
        page_type = ContentType.objects.get_for_model(Page).pk
        rows = Page.objects.filter(depth__gt=1).values(
            "id",
            "translation_key",
            "locale_id",
            "content_type_id",
            "title",
            "live",
            "last_published_at",
            "alias_of_id",
            "path",
        )
        for row in rows:
            row["publishable"] = True
            key = (page_type, row["translation_key"])
            self.members[key][row["locale_id"]] = row
            self.page_rows[row["id"]] = row
            self.meta.setdefault(key, ("page", None))
        # Pages submitted for review that no moderator has approved or rejected yet.
        self.in_review = {
            int(object_id)
            for object_id in WorkflowState.objects.filter(
                base_content_type_id=page_type, status=WorkflowState.STATUS_IN_PROGRESS
            ).values_list("object_id", flat=True)
        }

    def load_snippets(self):
        for model in translatable_snippet_models():
            ctype = ContentType.objects.get_for_model(model.get_translation_model()).pk
            publishable = issubclass(model, DraftStateMixin)
            for instance in model.objects.all():
                key = (ctype, instance.translation_key)
                self.members[key][instance.locale_id] = {
                    "id": instance.pk,
                    "title": str(instance),
                    "live": instance.live if publishable else True,
                    "last_published_at": instance.last_published_at if publishable else None,
                    "publishable": publishable,
                    "alias_of_id": None,
                }
                self.snippet_instances[(*key, instance.locale_id)] = instance
                self.meta[key] = ("snippet", model)

    def load_localize(self):
        self.sources = defaultdict(list)
        snippet_sources = []
        rows = TranslationSource.objects.values(
            "id", "object_id", "object__content_type_id", "locale_id", "last_updated_at"
        ).order_by("created_at", "id")
        for row in rows:
            key = (row["object__content_type_id"], row["object_id"])
            if key in self.members:
                self.sources[key].append(row)
                if self.meta[key][0] == "snippet":
                    snippet_sources.append(row["id"])
        self.source_content = dict(
            TranslationSource.objects.filter(id__in=snippet_sources).values_list(
                "id", "content_json"
            )
            if snippet_sources
            else []
        )
        self.translations = defaultdict(dict)  # source id → {locale id: translation row}
        for row in Translation.objects.filter(enabled=True).values(
            "id", "source_id", "target_locale_id"
        ):
            self.translations[row["source_id"]][row["target_locale_id"]] = row
        self.segment_totals = dict(
            StringSegment.objects.order_by()
            .values("source_id")
            .annotate(count=Count("id"))
            .values_list("source_id", "count")
        )
        translated = (
            StringSegment.objects.order_by()
            .filter(
                string__translations__context_id=F("context_id"),
                string__translations__has_error=False,
            )
            .values("source_id", "string__translations__locale_id")
            .annotate(count=Count("id"), changed=Max("string__translations__updated_at"))
            .values_list("source_id", "string__translations__locale_id", "count", "changed")
        )
        self.segments_translated = {}
        self.strings_changed_at = {}  # (source id, locale id) → the latest string translated
        for source, locale, count, changed in translated:
            self.segments_translated[(source, locale)] = count
            self.strings_changed_at[(source, locale)] = changed

    def build(self):
        self.load_pages()
        self.load_snippets()
        self.load_localize()
        items = [self.item(key, members) for key, members in self.members.items()]
        items.sort(key=lambda item: item.order)
        return StatusReport(
            items, list(self.locale_ids.values()), self.page_rows, dict(self.locale_ids)
        )

    def primary_source(self, key, members):
        sources = [row for row in self.sources.get(key, []) if row["locale_id"] in members]
        if not sources:
            return None
        # The source with the most translations; ties go to the oldest (sources are sorted).
        return max(sources, key=lambda row: len(self.translations.get(row["id"], {})))

    def item(self, key, members):
        kind, model = self.meta[key]
        source = self.primary_source(key, members)
        if source is not None:
            source_locale = source["locale_id"]
        else:
            default = next(
                (pk for pk, code in self.locale_ids.items() if code == self.default_code), None
            )
            source_locale = (
                default if default in members else min(members, key=lambda pk: members[pk]["id"])
            )
        source_row = members[source_locale]
        if kind == "page":
            model = ContentType.objects.get_for_id(source_row["content_type_id"]).model_class()
            section = page_section(model) if model else "other"
            order = (SECTIONS.index(section), source_row["path"])
        else:
            section = "snippets"
            order = (SECTIONS.index(section), model._meta.verbose_name_plural, source_row["title"])
        item = Item(
            kind=kind,
            model=model or Page,
            title=source_row["title"],
            section=section,
            source_locale=self.locale_ids.get(source_locale, ""),
            source_object_id=source_row["id"],
            order=order,
        )
        for locale_id, code in self.locale_ids.items():
            row = members.get(locale_id)
            if row is not None and not row["alias_of_id"]:
                item.objects[code] = row["id"]
            item.cells[code] = self.cell(key, kind, code, locale_id, source_locale, members)
        return item

    def translation_for(self, key, locale_id, source_locale):
        sources = sorted(
            self.sources.get(key, []), key=lambda row: row["locale_id"] != source_locale
        )
        for source in sources:
            translation = self.translations.get(source["id"], {}).get(locale_id)
            if translation is not None:
                return source, translation
        return None, None

    def cell(self, key, kind, code, locale_id, source_locale, members):
        cell = self.tracked_cell(key, kind, code, locale_id, source_locale, members)
        if kind == "page" and cell.state != SOURCE and cell.object_id in self.in_review:
            cell.state = AWAITING_REVIEW
        return cell

    def tracked_cell(self, key, kind, code, locale_id, source_locale, members):
        row = members.get(locale_id)
        if locale_id == source_locale:
            return Cell(code, SOURCE, object_id=row["id"], live=row["live"], title=row["title"])
        if row is None or row["alias_of_id"]:
            return Cell(code, MISSING, title=members[source_locale]["title"])
        cell = Cell(code, UP_TO_DATE, object_id=row["id"], live=row["live"], title=row["title"])
        source, translation = self.translation_for(key, locale_id, source_locale)
        if translation is None:
            cell.state = self.untracked_state(kind, members.get(source_locale), row)
            return cell
        cell.translation_id = translation["id"]
        cell.source_id = source["id"]
        cell.total = self.segment_totals.get(source["id"], 0)
        cell.translated = self.segments_translated.get((source["id"], locale_id), 0)
        source_row = members.get(source["locale_id"])
        if self.is_outdated(key, kind, source, source_row, row):
            cell.state = OUTDATED
        elif (
            cell.translated < cell.total
            or (row["publishable"] and source_row and source_row["live"] and not row["live"])
            or self.has_unpublished_strings(source["id"], locale_id, row)
        ):
            cell.state = IN_PROGRESS
        return cell

    def has_unpublished_strings(self, source_id, locale_id, row):
        """Whether a string of a live translation was translated after it was last published."""
        changed = self.strings_changed_at.get((source_id, locale_id))
        published = row["last_published_at"]
        if not (row["publishable"] and row["live"] and changed and published):
            return False
        return changed > published

    def is_outdated(self, key, kind, source, source_row, row):
        synced_at = source["last_updated_at"]
        if row["publishable"]:
            source_published = source_row and source_row["last_published_at"]
            if source_published and source_published > synced_at:
                return True
            published = row["last_published_at"]
            return bool(row["live"] and published and published < synced_at)
        instance = self.snippet_instances.get((*key, source["locale_id"]))
        content = self.source_content.get(source["id"])
        if instance is None or content is None:
            return False
        extracted = json.loads(content)
        current = _snippet_data(instance)
        # Child relations are not part of the fields' data; their changes go unnoticed here.
        names = [name for name in _content_fields(instance) if name in current]
        return any(extracted.get(name) != current[name] for name in names)

    def untracked_state(self, kind, source_row, row):
        if not row["publishable"] or source_row is None:
            return UP_TO_DATE
        if source_row["live"] and not row["live"]:
            return IN_PROGRESS
        source_published, published = source_row["last_published_at"], row["last_published_at"]
        if source_published and published and source_published > published:
            return OUTDATED
        return UP_TO_DATE


def compute_status():
    """The StatusReport of every translatable page and snippet, in a fixed number of queries."""
    return _Builder().build()
