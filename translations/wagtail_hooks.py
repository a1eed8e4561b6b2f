import re

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from translations import urls
from translations.states import AWAITING, STATE_LABELS
from translations.status import compute_status
from translations.views import cell_action

PANEL_ITEMS = 10
TRANSLATOR_GROUP = re.compile(r"^Translators \((?P<code>[\w-]+)\)$")


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


def translator_locales(user):
    """Language codes of the user's `Translators (xx)` groups."""
    codes = []
    for name in user.groups.values_list("name", flat=True):
        match = TRANSLATOR_GROUP.match(name)
        if match:
            codes.append(match["code"])
    return sorted(codes)


class TranslationStatusPanel(Component):
    """On the dashboard: a translator's waiting pages in their languages, or the site totals."""

    template_name = "translations/panels/status_panel.html"
    order = 205

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        report = compute_status()
        codes = [code for code in translator_locales(self.user) if code in report.locales]
        context = {"status_url": reverse("translations:status"), "translator": bool(codes)}
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
                    "action": cell_action(item, cell),
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
            context["totals"] = [totals[code] for code in report.locales]
        return context


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    panels.append(TranslationStatusPanel(request.user))
