"""The states a translation can be in, and the report the status view and command show.

Computed by translations.status; see there for what each state means.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

SOURCE = "source"
MISSING = "missing"
IN_PROGRESS = "in_progress"
UP_TO_DATE = "up_to_date"
OUTDATED = "outdated"
AWAITING_REVIEW = "awaiting_review"

STATES = [MISSING, IN_PROGRESS, AWAITING_REVIEW, OUTDATED, UP_TO_DATE]
STATE_LABELS = {
    SOURCE: _("Source"),
    MISSING: _("Missing"),
    IN_PROGRESS: _("In progress"),
    AWAITING_REVIEW: _("Awaiting review"),
    UP_TO_DATE: _("Up to date"),
    OUTDATED: _("Outdated"),
}
# What a translator has to act on, in the order they should see it.
AWAITING = [OUTDATED, IN_PROGRESS, MISSING]

PAGE_SECTIONS = ("news", "events", "partners")
SECTIONS = ["news", "events", "partners", "other", "snippets"]
SECTION_LABELS = {
    "news": _("News"),
    "events": _("Events"),
    "partners": _("Partners"),
    "other": _("Other pages"),
    "snippets": _("Snippets"),
}


@dataclass
class Cell:
    """The status of one item in one locale."""

    locale: str
    state: str
    object_id: int | None = None
    translation_id: int | None = None
    source_id: int | None = None
    total: int = 0
    translated: int = 0
    live: bool = False
    title: str = ""  # the object's own title in this locale (the source's when missing)

    @property
    def share(self):
        """The translated fraction of the source's segments (None when unknown)."""
        if self.translation_id is None:
            return None
        return self.translated / self.total if self.total else 1.0

    @property
    def percent(self):
        share = self.share
        return None if share is None else int(share * 100)

    @property
    def label(self):
        return STATE_LABELS[self.state]


@dataclass
class Item:
    """A page or snippet and its translations, with one cell per locale."""

    kind: str  # "page" or "snippet"
    model: type
    title: str
    section: str
    source_locale: str
    source_object_id: int
    order: tuple = ()
    cells: dict = field(default_factory=dict)
    objects: dict = field(default_factory=dict)  # locale code → object id

    @property
    def is_page(self):
        return self.kind == "page"

    @property
    def source_live(self):
        cell = self.cells.get(self.source_locale)
        return bool(cell and cell.live)

    @property
    def type_label(self):
        return self.model._meta.verbose_name

    def cell(self, code):
        return self.cells.get(code)


@dataclass
class Totals:
    """How many items are in each state for one locale, and the share up to date.

    Items written in the locale itself are not counted: a locale that is the source of
    everything (Uzbek, usually) has nothing to translate and is 100 % up to date.
    """

    locale: str
    counts: Counter = field(default_factory=Counter)

    @property
    def total(self):
        return sum(self.counts[state] for state in STATES)

    @property
    def percent_up_to_date(self):
        if not self.total:
            return 100.0
        return round(100 * self.counts[UP_TO_DATE] / self.total, 1)

    @property
    def missing(self):
        return self.counts[MISSING]

    @property
    def in_progress(self):
        return self.counts[IN_PROGRESS]

    @property
    def up_to_date(self):
        return self.counts[UP_TO_DATE]

    @property
    def outdated(self):
        return self.counts[OUTDATED]

    @property
    def awaiting_review(self):
        return self.counts[AWAITING_REVIEW]


@dataclass
class StatusReport:
    items: list
    locales: list  # language codes, in settings.LANGUAGES order
    page_rows: dict = field(default_factory=dict)  # page id → row dict, for the link checks
    locale_ids: dict = field(default_factory=dict)  # locale id → language code

    def filter(self, *, locales=None, section=None, state=None):
        """Items of `section` with `state` in any of `locales` (all when None)."""
        codes = locales or self.locales
        items = self.items
        if section:
            items = [item for item in items if item.section == section]
        if state:
            items = [
                item
                for item in items
                if any(item.cells[code].state == state for code in codes if code in item.cells)
            ]
        return items

    def totals(self, items=None, locales=None):
        """Per-locale Totals over `items` (every item by default), source cells left out."""
        result = {code: Totals(code) for code in (locales or self.locales)}
        for item in self.items if items is None else items:
            for code, totals in result.items():
                cell = item.cells.get(code)
                if cell and cell.state != SOURCE:
                    totals.counts[cell.state] += 1
        return result
