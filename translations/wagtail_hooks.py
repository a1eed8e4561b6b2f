from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from translations import urls
from translations.roles import translator_languages
from translations.states import AWAITING, STATE_LABELS
from translations.status import compute_status
from translations.views import Actor, cell_action

PANEL_ITEMS = 10
# Wagtail's dashboard panels: "Your pages in a workflow" 210, "Awaiting your review" 220,
# recent edits 250. A translator's own work list comes first; for everyone else (moderators,
# editors) the totals come after the review panels, so what awaits a moderator is on top.
TRANSLATOR_PANEL_ORDER = 205
TOTALS_PANEL_ORDER = 230


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("translations/", include(urls, namespace="translations"))]


@hooks.register("register_admin_menu_item")
def register_translations_menu_item():
    return MenuItem(
        _("Translations"),
        reverse("translations:status"),
        name="translation-status",
        icon_name="wagtail-localize-language",
        order=850,
    )


class TranslationStatusPanel(Component):
    """On the dashboard: a translator's waiting pages in their languages, or the site totals."""

    template_name = "translations/panels/status_panel.html"

    def __init__(self, user):
        self.user = user
        self.codes = translator_languages(user)
        self.order = TRANSLATOR_PANEL_ORDER if self.codes else TOTALS_PANEL_ORDER

    def get_context_data(self, parent_context):
        report = compute_status()
        codes = [code for code in self.codes if code in report.locales]
        actor = Actor.for_user(self.user)
        context = {
            "status_url": reverse("translations:status"),
            "translator": bool(codes),
            # The "Translate" buttons post (translations.start).
            "csrf_token": parent_context.get("csrf_token"),
        }
        if codes:
            awaiting = []
            for item in report.items:
                for code in codes:
                    cell = item.cells[code]
                    if cell.state in AWAITING:
                        awaiting.append((AWAITING.index(cell.state), item, cell))
            awaiting.sort(key=lambda entry: entry[0])
            context["awaiting"] = [
                {
                    "item": item,
                    "cell": cell,
                    "label": STATE_LABELS[cell.state],
                    "action": cell_action(item, cell, actor),
                }
                for _order, item, cell in awaiting[:PANEL_ITEMS]
            ]
            if len(codes) == 1:
                context["status_url"] += f"?locale={codes[0]}"
            context["awaiting_count"] = len(awaiting)
            context["locales"] = codes
            context["totals"] = [report.totals(locales=codes)[code] for code in codes]
        else:
            totals = report.totals()
            # A language everything is written in (Uzbek, usually) has nothing to translate.
            context["totals"] = [totals[code] for code in report.locales if totals[code].total]
        return context


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    panels.append(TranslationStatusPanel(request.user))
