"""Our Uzbek catalogues of Wagtail and wagtail-localize (locale/libraries/): the command that keeps
them in line with the installed English ones, and what must hold for the installed versions."""

import json
from io import StringIO
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

import polib
import pytest

from core.library_catalogues import (
    WRONG_APOSTROPHE,
    Catalogue,
    installed_catalogues,
    is_translated,
    merge,
    placeholder_problems,
    translations,
)
from core.management.commands import update_library_catalogues
from core.management.commands.compile_translations import compile_catalogues

COMMAND = "update_library_catalogues"
# Every Wagtail and wagtail-localize app in INSTALLED_APPS that ships an English catalogue.
EXPECTED_CATALOGUES = {
    "wagtail django",
    "wagtail/admin django",
    "wagtail/admin djangojs",
    "wagtail/images django",
    "wagtail/documents django",
    "wagtail/users django",
    "wagtail/snippets django",
    "wagtail/sites django",
    "wagtail/embeds django",
    "wagtail/search django",
    "wagtail/contrib/redirects django",
    "wagtail_localize django",
    "wagtail_localize djangojs",
    "wagtail_localize/locales django",
}


def po_file(path, entries, comment=None, language=None):
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    if language:
        po.metadata["Language"] = language
    for entry in entries:
        if comment:
            entry.comment = comment
        po.append(entry)
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))
    return path


def entry(msgid, msgstr="", **kwargs):
    return polib.POEntry(msgid=msgid, msgstr=msgstr, **kwargs)


@pytest.fixture
def fake_library(tmp_path, monkeypatch):
    """A tiny installed "library" with one English catalogue, its Uzbek translation so far, and
    two translation memories."""
    source = po_file(
        tmp_path / "fakelib/admin/locale/en/LC_MESSAGES/django.po",
        [
            entry("Publish", occurrences=[("views.py", "10")]),
            entry("Save draft", occurrences=[("views.py", "20")]),
            entry("Delete", msgctxt="verb", occurrences=[("views.py", "30")]),
            entry("Unpublish", occurrences=[("views.py", "40")]),
            polib.POEntry(
                msgid="%(count)s page",
                msgid_plural="%(count)s pages",
                msgstr_plural={0: "", 1: ""},
                occurrences=[("views.py", "50")],
                flags=["python-format"],
            ),
            entry("Revisions", occurrences=[("views.py", "60")]),
        ],
    )
    target = po_file(
        tmp_path / "libraries/fakelib/admin/uz/LC_MESSAGES/django.po",
        [
            entry("Publish", "Eʼlon qilish"),
            entry("Revisions", "Versiyalar?", flags=["fuzzy"]),
            entry("Moved away upstream", "Oʻchib ketgan qator"),
        ],
        language="uz",
    )
    same_catalogue = po_file(
        tmp_path / "memory-1.po",
        [
            entry("Save draft", "Qoralamani saqlash"),
            polib.POEntry(
                msgid="%(count)s page",
                msgid_plural="%(count)s pages",
                msgstr_plural={0: "%(count)s ta sahifa", 1: "%(count)s ta sahifa"},
            ),
            entry("Publish", "Chop etish"),
        ],
        comment="fakelib/admin django",
    )
    other_catalogue = po_file(
        tmp_path / "memory-2.po",
        [
            entry("Save draft", "Saqlash (boshqa katalog)"),
            entry("Delete", "Oʻchirish", msgctxt="verb"),
            entry("Delete", "Oʻchirilgan"),
        ],
        comment="fakelib/images django",
    )
    catalogue = Catalogue("fakelib/admin", "django", source, target)
    monkeypatch.setattr(update_library_catalogues, "installed_catalogues", lambda: [catalogue])
    return catalogue, [same_catalogue, other_catalogue]


def run(*args):
    output, errors = StringIO(), StringIO()
    call_command(COMMAND, *args, stdout=output, stderr=errors)
    return output.getvalue()


def test_the_command_rewrites_a_catalogue_from_upstream_and_memory(fake_library):
    catalogue, memories = fake_library

    output = run("--memory", *map(str, memories))

    po = polib.pofile(str(catalogue.target))
    assert [(e.msgctxt, e.msgid) for e in po] == [
        (None, "Publish"),
        (None, "Save draft"),
        ("verb", "Delete"),
        (None, "Unpublish"),
        (None, "%(count)s page"),
        (None, "Revisions"),
    ]
    found = {e.msgid: e for e in po}
    # Kept, though the memory has another translation.
    assert found["Publish"].msgstr == "Eʼlon qilish"
    # From the same catalogue's memory first, then from any catalogue's, context included.
    assert found["Save draft"].msgstr == "Qoralamani saqlash"
    assert found["Delete"].msgstr == "Oʻchirish"
    assert found["%(count)s page"].msgstr_plural == {
        0: "%(count)s ta sahifa",
        1: "%(count)s ta sahifa",
    }
    assert found["Unpublish"].msgstr == ""
    assert found["Revisions"].fuzzy and found["Revisions"].msgstr == "Versiyalar?"
    # Upstream's occurrences and flags, ready to be offered upstream.
    assert found["Publish"].occurrences == [("views.py", "10")]
    assert "python-format" in found["%(count)s page"].flags
    assert po.metadata["Language"] == "uz"
    assert po.metadata["Plural-Forms"] == "nplurals=2; plural=(n != 1);"
    assert po.metadata["Content-Type"] == "text/plain; charset=UTF-8"
    assert "Moved away upstream" not in found
    assert "fakelib/admin django: 4 translated, 1 untranslated, 1 fuzzy, 1 dropped" in output
    assert "6 entries, 4 translated, 1 untranslated, 1 fuzzy." in output


def test_a_second_run_changes_nothing(fake_library):
    catalogue, memories = fake_library
    run("--memory", *map(str, memories))
    before = catalogue.target.read_text(encoding="utf-8")

    output = run("--memory", *map(str, memories))

    assert catalogue.target.read_text(encoding="utf-8") == before
    assert "(written)" not in output


def test_preferring_the_memory_replaces_existing_translations(fake_library):
    catalogue, memories = fake_library

    run("--prefer-memory", "--memory", *map(str, memories))

    found = {e.msgid: e for e in polib.pofile(str(catalogue.target))}
    assert found["Publish"].msgstr == "Chop etish"


def test_check_exits_1_and_writes_nothing_while_anything_is_untranslated(fake_library):
    catalogue, memories = fake_library
    before = catalogue.target.read_text(encoding="utf-8")

    with pytest.raises(CommandError) as failure:
        run("--check", "--memory", *map(str, memories))

    assert failure.value.returncode == 1
    assert catalogue.target.read_text(encoding="utf-8") == before


def test_check_passes_when_everything_is_translated(fake_library, tmp_path):
    catalogue, memories = fake_library
    complete = po_file(
        tmp_path / "memory-3.po",
        [entry("Unpublish", "Eʼlondan olish"), entry("Revisions", "Versiyalar")],
        comment="fakelib/admin django",
    )
    run("--prefer-memory", "--memory", str(complete), *map(str, memories))

    output = run("--check")

    assert "0 untranslated, 0 fuzzy." in output


def test_the_installed_apps_catalogues_are_all_found():
    catalogues = installed_catalogues()

    assert {catalogue.name for catalogue in catalogues} == EXPECTED_CATALOGUES
    root = Path(settings.LIBRARY_LOCALE_ROOT)
    for catalogue in catalogues:
        assert catalogue.source.is_file()
        assert catalogue.target == (
            root / catalogue.app / "uz" / "LC_MESSAGES" / f"{catalogue.domain}.po"
        )


def test_every_library_catalogue_is_in_locale_paths_after_the_projects_own():
    paths = [Path(path) for path in settings.LOCALE_PATHS]

    assert paths[0] == settings.BASE_DIR / "locale"
    expected = {catalogue.target.parents[2] for catalogue in installed_catalogues()}
    assert expected <= set(paths[1:])


def test_the_compile_step_compiles_the_library_catalogues():
    compiled = set(compile_catalogues(settings.LOCALE_PATHS))

    for catalogue in installed_catalogues():
        assert catalogue.target in compiled
        assert catalogue.target.with_suffix(".mo").is_file()


def test_django_serves_our_translations_and_our_own_strings_win():
    admin = polib.pofile(
        str(settings.LIBRARY_LOCALE_ROOT / "wagtail/admin/uz/LC_MESSAGES/django.po")
    )
    own = polib.pofile(str(settings.BASE_DIR / "locale/uz/LC_MESSAGES/django.po"))
    shared = [e for e in own if e.translated() and not e.msgctxt and admin.find(e.msgid)]

    with translation.override("uz"):
        assert gettext("Save draft") == admin.find("Save draft").msgstr != "Save draft"
        assert shared, "no msgid shared with Wagtail's admin to check the merge order with"
        for own_entry in shared:
            assert gettext(own_entry.msgid) == own_entry.msgstr


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url_name, msgid",
    [
        ("wagtailadmin_javascript_catalog", "Search"),
        ("wagtail_localize:javascript_catalog", "Cancel"),
    ],
)
def test_the_javascript_catalogues_are_in_uzbek(client, admin_user, url_name, msgid):
    client.force_login(admin_user)

    response = client.get(reverse(url_name), HTTP_ACCEPT_LANGUAGE="uz")

    assert response.status_code == 200
    with translation.override("uz"):
        expected = translation.trans_real.DjangoTranslation("uz", domain="djangojs").gettext(msgid)
    assert expected != msgid
    assert f'"{msgid}": {json.dumps(expected)}' in response.content.decode()


def uzbek_entries():
    for catalogue in installed_catalogues():
        if catalogue.target.exists():
            for found in polib.pofile(str(catalogue.target)):
                yield catalogue, found


def test_the_uzbek_catalogues_are_complete_for_the_installed_versions():
    """Fails after an upgrade that brings new strings: run update_library_catalogues."""
    problems = []
    for catalogue in installed_catalogues():
        assert catalogue.target.exists(), f"{catalogue.target} is missing"
        merged, counts = merge(catalogue)
        fuzzy = [e.msgid for e in merged if e.fuzzy]
        if counts.untranslated or fuzzy:
            problems.append(
                f"{catalogue.name}: {counts.untranslated} untranslated, {len(fuzzy)} fuzzy; "
                f"first: {(counts.missing + fuzzy)[:5]}"
            )

    assert problems == []


def test_the_uzbek_catalogues_have_the_plural_rule_for_uzbek():
    for catalogue in installed_catalogues():
        po = polib.pofile(str(catalogue.target))
        assert po.metadata["Language"] == "uz"
        assert po.metadata["Plural-Forms"] == "nplurals=2; plural=(n != 1);"
        assert "charset=UTF-8" in po.metadata["Content-Type"]
        assert all(
            sorted(e.msgstr_plural) == [0, 1] for e in po if e.msgid_plural and is_translated(e)
        )


def test_every_translation_keeps_its_msgids_placeholders():
    problems = [
        (catalogue.name, *problem)
        for catalogue, found in uzbek_entries()
        for problem in placeholder_problems(found)
    ]

    assert problems == []


def test_the_placeholder_check_catches_lost_and_changed_placeholders():
    assert placeholder_problems(entry("Edit %(title)s", "Tahrirlash")) == [
        ("Edit %(title)s", "Tahrirlash")
    ]
    assert placeholder_problems(entry("Edit {title}", "{nom}ni tahrirlash")) != []
    assert placeholder_problems(entry("%s pages", "%d ta sahifa")) != []
    assert placeholder_problems(entry("100%% done", "100%% tayyor")) == []
    assert placeholder_problems(entry("“{title}” saved", "“{title}” saqlandi")) == []
    plural = polib.POEntry(
        msgid="One page",
        msgid_plural="%(count)s pages",
        msgstr_plural={0: "%(count)s ta sahifa", 1: "%(count)s ta sahifa"},
    )
    assert placeholder_problems(plural) == []


def test_uzbek_words_take_the_modifier_letter_apostrophes():
    wrong = [
        (catalogue.name, found.msgid, text)
        for catalogue, found in uzbek_entries()
        for text in translations(found)
        if WRONG_APOSTROPHE.search(text)
    ]

    assert wrong == []


def test_the_apostrophe_check_catches_ascii_and_curly_quotes():
    assert WRONG_APOSTROPHE.search("O'chirish")
    assert WRONG_APOSTROPHE.search("e’lon")
    assert not WRONG_APOSTROPHE.search("Oʻchirish va eʼlon qilish")
    assert not WRONG_APOSTROPHE.search("<span class='w-title'>")


def test_every_library_string_has_russian_upstream_or_in_our_gap_catalogues():
    """Django falls back to the default language (Uzbek) for a string Russian lacks: a Russian
    translator would meet Uzbek. Our locale/libraries/…/ru/ catalogues fill exactly those gaps."""
    missing = []
    for catalogue in installed_catalogues():
        upstream_ru = catalogue.source.parent.parent.parent / "ru" / "LC_MESSAGES"
        upstream_ru = upstream_ru / catalogue.source.name
        ours_ru = catalogue.target.parent.parent.parent / "ru" / "LC_MESSAGES"
        ours_ru = ours_ru / catalogue.target.name
        russian = {}
        for path in (upstream_ru, ours_ru):
            if path.exists():
                for entry in polib.pofile(str(path)):
                    if not entry.obsolete and not entry.fuzzy and is_translated(entry):
                        russian[(entry.msgctxt, entry.msgid)] = entry
        for entry in polib.pofile(str(catalogue.source)):
            if not entry.obsolete and (entry.msgctxt, entry.msgid) not in russian:
                missing.append(f"{catalogue.name}: {entry.msgid!r}")

    assert missing == []


def test_a_russian_admin_never_shows_uzbek_for_a_string_wagtail_leaves_untranslated():
    with translation.override("ru"):
        # wagtail_localize.locales ships no Russian at all.
        assert gettext("Add a locale") == "Добавить локаль"
