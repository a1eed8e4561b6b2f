"""Every interface string is translated into Uzbek and Russian, and the catalogues compile."""

import gettext
import re
from pathlib import Path

from django.conf import settings

import polib
import pytest

from core.content_apps import project_app_paths
from core.management.commands.compile_translations import compile_catalogues

TRANSLATED_LANGUAGES = ["uz", "ru"]
TEMPLATE_STRING = re.compile(r"""{%\s*(?:translate|trans)\s+(?:"([^"]+)"|'([^']+)')""")
PYTHON_STRING = re.compile(r"""\b_\(\s*(?:"([^"]+)"|'([^']+)')\s*[,)]""")
# Copies of Wagtail's templates (core.admin_templates): their strings are Wagtail's, translated
# by locale/libraries/ and checked by tests/core/test_library_catalogues.py.
WAGTAIL_OVERRIDES = settings.BASE_DIR / "templates" / "wagtailadmin"
# Every app of the site's own, besides the templates and settings.
SOURCE_FOLDERS = ["templates", "site_config"]


def catalogue(language):
    return polib.pofile(str(settings.BASE_DIR / "locale" / language / "LC_MESSAGES" / "django.po"))


def marked_strings():
    """Strings marked for translation in our templates and Python code."""
    found = set()
    for folder in (*SOURCE_FOLDERS, *project_app_paths()):
        root = settings.BASE_DIR / folder
        if not root.exists():
            continue
        for path in root.rglob("*"):
            if WAGTAIL_OVERRIDES in path.parents:
                continue
            if path.suffix == ".html":
                pattern = TEMPLATE_STRING
            elif path.suffix == ".py" and "migrations" not in path.parts:
                pattern = PYTHON_STRING
            else:
                continue
            for match in pattern.finditer(path.read_text(encoding="utf-8")):
                found.add(match.group(1) or match.group(2))
    return found


def catalogue_problems(po):
    """(problem, msgid) for each entry that keeps `po` from being complete.

    Fuzzy entries count even with a msgstr: they are guesses that gettext leaves out. Obsolete
    entries (#~) are ignored.
    """
    plural_forms = re.search(r"nplurals\s*=\s*(\d+)", po.metadata.get("Plural-Forms", ""))
    nplurals = int(plural_forms.group(1)) if plural_forms else None
    problems = []
    if po.metadata_is_fuzzy:
        # msgfmt drops a fuzzy header, and with it the charset and plural rule.
        problems.append(("fuzzy", ""))
    for entry in po:
        if entry.obsolete:
            continue
        if entry.fuzzy:
            problems.append(("fuzzy", entry.msgid))
        elif not entry.translated() or (
            # A plural with fewer forms than the language has (Russian: 4 in this catalogue).
            entry.msgid_plural and len(entry.msgstr_plural) != nplurals
        ):
            problems.append(("untranslated", entry.msgid))
    return problems


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_catalogue_has_no_untranslated_or_fuzzy_entry(language):
    po = catalogue(language)

    assert catalogue_problems(po) == []
    assert po.metadata.get("Language") == language


def test_the_check_catches_untranslated_fuzzy_and_missing_plural_forms():
    po = polib.POFile()
    po.metadata = {"Language": "ru", "Plural-Forms": "nplurals=3; plural=(n%10==1 ? 0 : 1);"}
    po.append(polib.POEntry(msgid="Home", msgstr="Главная"))
    po.append(polib.POEntry(msgid="Menu", msgstr=""))
    po.append(polib.POEntry(msgid="Search", msgstr="Поиск?", flags=["fuzzy"]))
    po.append(
        polib.POEntry(
            msgid="%(n)s day",
            msgid_plural="%(n)s days",
            msgstr_plural={0: "%(n)s день", 1: "%(n)s дня", 2: "%(n)s дней"},
        )
    )
    po.append(
        polib.POEntry(
            msgid="%(n)s hour",
            msgid_plural="%(n)s hours",
            msgstr_plural={0: "%(n)s час", 1: "%(n)s часа"},
        )
    )
    po.append(
        polib.POEntry(msgid="%(n)s year", msgid_plural="%(n)s years", msgstr_plural={0: "", 1: ""})
    )
    po.append(polib.POEntry(msgid="Old string", msgstr="", obsolete=True))

    assert catalogue_problems(po) == [
        ("untranslated", "Menu"),
        ("fuzzy", "Search"),
        ("untranslated", "%(n)s hour"),
        ("untranslated", "%(n)s year"),
    ]


def test_the_check_catches_a_fuzzy_header():
    po = polib.POFile()
    po.metadata = {"Language": "uz"}
    po.metadata_is_fuzzy = ["fuzzy"]
    po.append(polib.POEntry(msgid="Home", msgstr="Bosh sahifa"))

    assert catalogue_problems(po) == [("fuzzy", "")]


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
