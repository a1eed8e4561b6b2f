"""Every interface string is translated into Uzbek and Russian, and the catalogues compile."""

import gettext
import re
from pathlib import Path

from django.conf import settings

import polib
import pytest

from home.management.commands.compile_translations import compile_catalogues

TRANSLATED_LANGUAGES = ["uz", "ru"]
TEMPLATE_STRING = re.compile(r"""{%\s*(?:translate|trans)\s+(?:"([^"]+)"|'([^']+)')""")
PYTHON_STRING = re.compile(r"""\b_\(\s*(?:"([^"]+)"|'([^']+)')\s*[,)]""")
SOURCE_FOLDERS = ["templates", "home", "news", "events", "partners", "site_config"]


def catalogue(language):
    return polib.pofile(str(settings.BASE_DIR / "locale" / language / "LC_MESSAGES" / "django.po"))


def marked_strings():
    """Strings marked for translation in our templates and Python code."""
    found = set()
    for folder in SOURCE_FOLDERS:
        root = settings.BASE_DIR / folder
        if not root.exists():
            continue
        for path in root.rglob("*"):
            if path.suffix == ".html":
                pattern = TEMPLATE_STRING
            elif path.suffix == ".py" and "migrations" not in path.parts:
                pattern = PYTHON_STRING
            else:
                continue
            for match in pattern.finditer(path.read_text(encoding="utf-8")):
                found.add(match.group(1) or match.group(2))
    return found


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_catalogue_has_no_untranslated_or_fuzzy_entry(language):
    po = catalogue(language)

    assert [entry.msgid for entry in po.untranslated_entries()] == []
    assert [entry.msgid for entry in po.fuzzy_entries()] == []
    assert po.metadata.get("Language") == language


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_every_marked_string_is_in_the_catalogue(language):
    msgids = {entry.msgid for entry in catalogue(language) if not entry.obsolete}
    marked = marked_strings()

    assert len(marked) > 20
    assert sorted(marked - msgids) == []


def test_catalogues_compile_without_gnu_gettext(tmp_path):
    language_dir = tmp_path / "ru" / "LC_MESSAGES"
    language_dir.mkdir(parents=True)
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "ru"}
    po.append(polib.POEntry(msgid="Home", msgstr="Главная"))
    po.append(polib.POEntry(msgid="Menu", msgstr="Меню черновик", flags=["fuzzy"]))
    po.save(str(language_dir / "django.po"))

    compiled = compile_catalogues([tmp_path])

    assert compiled == [Path(language_dir / "django.po")]
    with open(language_dir / "django.mo", "rb") as mo_file:
        translations = gettext.GNUTranslations(mo_file)
    assert translations.gettext("Home") == "Главная"
    assert translations.gettext("Menu") == "Menu"
