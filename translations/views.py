"""The "Translations" admin view: every page and snippet against every language."""

from dataclasses import dataclass
from typing import NamedTuple

from django.conf import settings
from django.contrib.admin.utils import quote
from django.core.paginator import Paginator
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from translations.links import find_link_problems
from translations.roles import translator_languages
from translations.states import (
    AWAITING_REVIEW,
    IN_PROGRESS,
    MISSING,
    OUTDATED,
    SECTION_LABELS,
    SECTIONS,
    SOURCE,
    STATE_LABELS,
    STATES,
    UP_TO_DATE,
)
from translations.status import compute_status

ROWS_PER_PAGE = 50

BADGE_CLASSES = {
    SOURCE: "translation-state--source",
    MISSING: "translation-state--missing",
    IN_PROGRESS: "translation-state--in-progress",
    AWAITING_REVIEW: "translation-state--awaiting-review",
    OUTDATED: "translation-state--outdated",
    UP_TO_DATE: "translation-state--up-to-date",
}


def edit_url(item, object_id):
    if item.is_page:
        return reverse("wagtailadmin_pages:edit", args=[object_id])
    return reverse(item.model.snippet_viewset.get_url_name("edit"), args=[quote(object_id)])


class Action(NamedTuple):
    """The next step for one cell: a link, or a button posting to `url` when `post`."""

    label: str
    url: str
    post: bool = False


@dataclass(frozen=True)
class Actor:
    """What the user may start: any language and sync (wagtail-localize's "submit_translation",
    editors), or only a page's translation into their own languages (translators)."""

    can_submit: bool
    languages: frozenset

    @classmethod
    def for_user(cls, user):
        if user.has_perm("wagtail_localize.submit_translation"):
            return cls(can_submit=True, languages=frozenset())
        return cls(can_submit=False, languages=frozenset(translator_languages(user)))


def translate_url(item):
    if item.is_page:
        return reverse("wagtail_localize:submit_page_translation", args=[item.source_object_id])
    meta = item.model._meta
    return reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[meta.app_label, meta.model_name, quote(item.source_object_id)],
    )


def start_url(item, code):
    return reverse("translations:start", args=[item.source_object_id, code])


def missing_action(item, cell, actor):
    if actor.can_submit:
        return Action(_("Translate"), translate_url(item))
    # A translator starts a live page's translation into their own language, in one click.
    if item.is_page and item.source_live and cell.locale in actor.languages:
        return Action(_("Translate"), start_url(item, cell.locale), post=True)
    return None


def cell_action(item, cell, actor):
    """The Action to take next with `cell` for `actor`, or None."""
    if cell.state == MISSING:
        return missing_action(item, cell, actor)
    if cell.state == OUTDATED and cell.source_id and actor.can_submit:
        return Action(
            _("Sync"), reverse("wagtail_localize:update_translations", args=[cell.source_id])
        )
    if cell.state in (IN_PROGRESS, OUTDATED) and cell.object_id is not None:
        return Action(_("Edit translation"), edit_url(item, cell.object_id))
    if cell.object_id is not None:
        return Action(_("Edit"), edit_url(item, cell.object_id))
    return None


def row_for(item, locales, actor):
    cells = []
    for code in locales:
        cell = item.cells[code]
        action = cell_action(item, cell, actor)
        cells.append(
            {
                "cell": cell,
                "badge_class": BADGE_CLASSES[cell.state],
                "action_label": action.label if action else "",
                "action_url": action.url if action else "",
                "action_post": bool(action and action.post),
                "own_title": cell.title and cell.title != item.title,
            }
        )
    return {"item": item, "cells": cells, "section_label": SECTION_LABELS[item.section]}


def parse_filters(request, known_locales):
    """The valid filters from the query string, and a message for each value we ignored."""
    choices = {"locale": known_locales, "section": SECTIONS, "state": STATES}
    names = {"locale": _("language"), "section": _("section"), "state": _("state")}
    filters, ignored = {}, []
    for name, allowed in choices.items():
        value = request.GET.get(name, "").strip()
        if not value:
            continue
        if value in allowed:
            filters[name] = value
        else:
            ignored.append(
                _("Unknown %(filter)s “%(value)s” was ignored.")
                % {"filter": names[name], "value": value[:40]}
            )
    return filters, ignored


def status(request):
    report = compute_status()
    actor = Actor.for_user(request.user)
    filters, ignored = parse_filters(request, report.locales)
    locales = [filters["locale"]] if "locale" in filters else report.locales
    section = filters.get("section")
    items = report.filter(locales=locales, section=section, state=filters.get("state"))
    totals = report.totals(report.filter(section=section), locales=locales)

    paginator = Paginator(items, ROWS_PER_PAGE)
    page = paginator.get_page(request.GET.get("p"))

    sections = {}
    for item in report.items:
        if item.is_page:
            for object_id in item.objects.values():
                sections[object_id] = item.section
    link_problems = [
        problem
        for problem in find_link_problems(report.page_rows, report.locale_ids)
        if problem.page_locale in locales
        and (section is None or sections.get(problem.page_id) == section)
    ]
    for problem in link_problems:
        problem.edit_url = reverse("wagtailadmin_pages:edit", args=[problem.page_id])

    names = dict(settings.LANGUAGES)
    context = {
        "page_title": _("Translations"),
        "header_title": _("Translations"),
        "header_icon": "wagtail-localize-language",
        "locales": locales,
        "columns": [(code, names.get(code, code)) for code in locales],
        "locale_choices": [(code, names.get(code, code)) for code in report.locales],
        "sections": [(value, SECTION_LABELS[value]) for value in SECTIONS],
        "states": [(value, STATE_LABELS[value]) for value in STATES],
        "filters": filters,
        "ignored": ignored,
        "rows": [row_for(item, locales, actor) for item in page.object_list],
        "items": page,
        "paginator": paginator,
        "elided_page_range": paginator.get_elided_page_range(page.number),
        "totals": [totals[code] for code in locales],
        "state_labels": STATE_LABELS,
        "badge_classes": BADGE_CLASSES,
        "link_problems": link_problems,
        "result_count": len(items),
    }
    return render(request, "translations/status.html", context)
