"""The project's translations of Wagtail's and wagtail-localize's interface catalogues.

Each installed app of those libraries ships an English catalogue
(`<app>/locale/en/LC_MESSAGES/<domain>.po`); we keep its translation in
`settings.LIBRARY_LOCALE_ROOT/<app path>/<language>/LC_MESSAGES/<domain>.po`, the library's own
layout, with the same entries in the same order, so the file can be offered upstream as it is.
`manage.py update_library_catalogues` (re)writes them; docs/translating.md has the workflow.
"""

import re
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, packages_distributions, version
from pathlib import Path

from django.apps import apps
from django.conf import settings

import polib

LIBRARIES = ("wagtail", "wagtail_localize")
LANGUAGE = "uz"
LANGUAGE_NAME = "Uzbek (Latin script)"
# CLDR's one/other for Uzbek (docs/glossary-uz.md, "Plural forms").
PLURAL_FORMS = "nplurals=2; plural=(n != 1);"
NPLURALS = 2

# Python's %-style (named or not) and str.format-style placeholders; "%%" is a literal percent.
PLACEHOLDER = re.compile(r"%(?:\([^)]*\))?[#0+-]*\d*(?:\.\d+)?[diouxXeEfFgGcrs%]|\{[\w.]*\}")
# An apostrophe between two letters that is neither U+02BB (oʻ, gʻ) nor U+02BC (tutuq belgisi).
WRONG_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['’‘`](?=[^\W\d_])")
# The first line of a translation memory entry's extracted comment names its catalogue:
# "wagtail/admin django", "wagtail/ django" (Wagtail's core), "wagtail_localize djangojs".
MEMORY_CATALOGUE = re.compile(r"^\s*(?P<app>[\w/]+?)/?\s+(?P<domain>django|djangojs)\s*$")


@dataclass(frozen=True)
class Catalogue:
    """One library catalogue: its upstream English file and our translation of it."""

    app: str  # the app's path inside its package, "wagtail/admin", "wagtail_localize/locales"
    domain: str  # "django" or "djangojs"
    source: Path
    target: Path

    @property
    def name(self):
        return f"{self.app} {self.domain}"


@dataclass
class Counts:
    translated: int = 0
    untranslated: int = 0
    fuzzy: int = 0
    dropped: int = 0
    missing: list = field(default_factory=list)

    @property
    def total(self):
        return self.translated + self.untranslated + self.fuzzy

    def add(self, other):
        self.translated += other.translated
        self.untranslated += other.untranslated
        self.fuzzy += other.fuzzy
        self.dropped += other.dropped
        self.missing += other.missing


def installed_catalogues(language=LANGUAGE, root=None):
    """Every English catalogue of an installed Wagtail or wagtail-localize app, in app order."""
    root = Path(root or settings.LIBRARY_LOCALE_ROOT)
    catalogues = []
    for app_config in apps.get_app_configs():
        if app_config.name.split(".")[0] not in LIBRARIES:
            continue
        app = app_config.name.replace(".", "/")
        for source in sorted(Path(app_config.path).glob("locale/en/LC_MESSAGES/*.po")):
            target = root / app / language / "LC_MESSAGES" / source.name
            catalogues.append(Catalogue(app, source.stem, source, target))
    return catalogues


def entry_key(entry):
    return (entry.msgctxt, entry.msgid)


def is_translated(entry):
    if entry.msgid_plural:
        forms = [entry.msgstr_plural.get(index, "") for index in range(NPLURALS)]
        return not entry.fuzzy and all(forms)
    return entry.translated()


class Memory:
    """Translations to fill in from other PO files: the same catalogue's first, then any one's.

    An entry's catalogue is the first line of its extracted comment (`#. wagtail/admin django`);
    only translated, non-fuzzy entries count, and the first file given wins.
    """

    def __init__(self, paths=()):
        self.by_catalogue = {}
        self.anywhere = {}
        for path in paths:
            for entry in polib.pofile(str(path)):
                if entry.obsolete or not is_translated(entry):
                    continue
                match = MEMORY_CATALOGUE.match((entry.comment or "").split("\n")[0])
                if match:
                    key = (match["app"], match["domain"], *entry_key(entry))
                    self.by_catalogue.setdefault(key, entry)
                self.anywhere.setdefault(entry_key(entry), entry)

    def find(self, catalogue, entry):
        for found in (
            self.by_catalogue.get((catalogue.app, catalogue.domain, *entry_key(entry))),
            self.anywhere.get(entry_key(entry)),
        ):
            if found is not None and found.msgid_plural == entry.msgid_plural:
                return found
        return None


def copy_translation(source, target):
    if target.msgid_plural:
        target.msgstr_plural = {
            index: source.msgstr_plural.get(index, "") for index in range(NPLURALS)
        }
    else:
        target.msgstr = source.msgstr


def library_version(app):
    """The distribution that installs `app` and its version ("" when it is not installed)."""
    package = app.split("/")[0]
    distribution = packages_distributions().get(package, [package])[0]
    try:
        return distribution, version(distribution)
    except PackageNotFoundError:
        return distribution, ""


def header(catalogue, upstream, existing):
    distribution, installed_version = library_version(catalogue.app)
    metadata = {
        "Project-Id-Version": f"{distribution} {installed_version}".strip(),
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": upstream.metadata.get("POT-Creation-Date", ""),
    }
    for key in ("PO-Revision-Date", "Last-Translator"):
        if existing is not None and existing.metadata.get(key):
            metadata[key] = existing.metadata[key]
    metadata.update(
        {
            "Language-Team": LANGUAGE_NAME,
            "Language": LANGUAGE,
            "MIME-Version": "1.0",
            "Content-Type": "text/plain; charset=UTF-8",
            "Content-Transfer-Encoding": "8bit",
            "Plural-Forms": PLURAL_FORMS,
        }
    )
    text = (
        f"{LANGUAGE_NAME} translation of {distribution}'s {catalogue.name} catalogue.\n"
        f"This file is distributed under the same license as the {distribution} package."
    )
    return text, metadata


def merge(catalogue, memory=None, existing=None, prefer_memory=False):
    """The translated catalogue for the installed English one, and its counts.

    The English catalogue's entries in its order, each keeping the translation it had in
    `existing` (fuzzy ones stay fuzzy), else taking one from `memory` (with `prefer_memory`,
    the memory's translation replaces the existing one); entries upstream no longer has are
    dropped.
    """
    memory = memory or Memory()
    upstream = polib.pofile(str(catalogue.source))
    if existing is None and catalogue.target.exists():
        existing = polib.pofile(str(catalogue.target))
    previous = {}
    if existing is not None:
        previous = {entry_key(entry): entry for entry in existing if not entry.obsolete}

    merged = polib.POFile(wrapwidth=78)
    merged.header, merged.metadata = header(catalogue, upstream, existing)
    counts = Counts()
    for source in upstream:
        if source.obsolete:
            continue
        entry = polib.POEntry(
            msgctxt=source.msgctxt,
            msgid=source.msgid,
            msgid_plural=source.msgid_plural,
            occurrences=list(source.occurrences),
            comment=source.comment,
            flags=[flag for flag in source.flags if flag != "fuzzy"],
        )
        if source.msgid_plural:
            entry.msgstr_plural = dict.fromkeys(range(NPLURALS), "")
        old = previous.pop(entry_key(source), None)
        if old is not None and old.msgid_plural == source.msgid_plural:
            copy_translation(old, entry)
            entry.tcomment = old.tcomment
            entry.fuzzy = old.fuzzy
        if prefer_memory or (not entry.fuzzy and not is_translated(entry)):
            found = memory.find(catalogue, entry)
            if found is not None:
                copy_translation(found, entry)
                entry.fuzzy = False
        if entry.fuzzy:
            counts.fuzzy += 1
        elif is_translated(entry):
            counts.translated += 1
        else:
            counts.untranslated += 1
            counts.missing.append(entry.msgid)
        merged.append(entry)
    counts.dropped = len(previous)
    return merged, counts


def placeholder_problems(entry):
    """Translations whose placeholders differ from their msgid's (a plural form may use either
    the singular's or the plural's)."""
    problems = []
    if entry.msgid_plural:
        for index, text in sorted(entry.msgstr_plural.items()):
            expected = entry.msgid if index == 0 else entry.msgid_plural
            allowed = {placeholders(expected), placeholders(entry.msgid_plural)}
            if text and placeholders(text) not in allowed:
                problems.append((entry.msgid, text))
    elif entry.msgstr and placeholders(entry.msgstr) != placeholders(entry.msgid):
        problems.append((entry.msgid, entry.msgstr))
    return problems


def placeholders(text):
    return tuple(sorted(PLACEHOLDER.findall(text)))


def translations(entry):
    return [entry.msgstr, *entry.msgstr_plural.values()]
