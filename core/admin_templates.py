"""Wagtail admin templates with English written into the markup, overridden to translate it.

A few of Wagtail 8's templates hold English that no catalogue can translate (a screen reader's
"Search" button, the "Actions" landmark). Each override in templates/wagtailadmin/ is the
installed Wagtail template with only the replacements below applied; `update_library_catalogues`
rewrites them after an upgrade, and tests/core/test_admin_templates.py fails when an override no
longer matches what Wagtail ships (or a replaced snippet is gone upstream).
"""

from pathlib import Path

from django.conf import settings

import wagtail

SEARCH_BUTTON = (
    '<input type="submit" value="Search" class="button" />',
    '<input type="submit" value="{% translate "Search" %}" class="button" />',
)
PATCHES = {
    "wagtailadmin/home.html": [SEARCH_BUTTON],
    "wagtailadmin/shared/header.html": [SEARCH_BUTTON],
    "wagtailadmin/shared/headers/_actions.html": [
        ("{# Actions divider #}", "{% load i18n %}{# Actions divider #}"),
        ('<nav aria-label="Actions"', '<nav aria-label="{% translate "Actions" %}"'),
    ],
}
UPSTREAM = Path(wagtail.__file__).parent / "admin" / "templates"


def override_path(name):
    return settings.BASE_DIR / "templates" / name


def patched_template(name):
    """The installed Wagtail template `name` with our replacements; ValueError if one is gone."""
    text = (UPSTREAM / name).read_text(encoding="utf-8")
    for old, new in PATCHES[name]:
        if old not in text:
            raise ValueError(f"{name}: Wagtail no longer has {old!r}; review the override")
        text = text.replace(old, new)
    return text


def write_overrides():
    """(Re)write every override from the installed templates; returns the names rewritten."""
    written = []
    for name in PATCHES:
        text = patched_template(name)
        path = override_path(name)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            written.append(name)
    return written
