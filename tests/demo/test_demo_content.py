"""The demo content files in demo/content/ and the module that reads them, demo.data.

Covers: every file parses; keys are unique and every reference names an existing key; every
text is given in each of the site's languages and pairs with one translation; the fixed
vocabularies match the models; stories come in the documented order; and a broken file
(bad TOML, a missing field or language, an unknown key, a quoted date, a badly named file)
fails with a DemoContentError that names the file and the problem.
"""

import re
import shutil
import tomllib

from django.conf import settings

import pytest

from demo import data, fields
from demo.data import CONTENT, DemoContentError, load
from demo.loader import COUNTRY_CODES
from events.choices import EventFormat, EventKind, ParticipantRole
from partners.models import AgreementKind, PartnerKind

SECTIONS = ("TOPICS", "PEOPLE", "PARTNERS", "EVENTS", "NEWS", "PAGES")
SITE_LANGUAGES = {code for code, _name in settings.LANGUAGES}


def keys(section):
    return {item["key"] for item in getattr(data, section)}


def texts(value, where=""):
    """Every {language: text} dict inside `value`, with where it was found."""
    if isinstance(value, dict) and set(value) & SITE_LANGUAGES:
        yield where, value
    elif isinstance(value, dict):
        for name, item in value.items():
            yield from texts(item, f"{where}.{name}")
    elif isinstance(value, list):
        for number, item in enumerate(value, 1):
            yield from texts(item, f"{where}[{number}]")


def all_texts():
    for section in SECTIONS:
        for item in getattr(data, section):
            yield from texts(item, f"{section}:{item['key']}")
    yield from texts(data.SITE, "SITE")


@pytest.mark.parametrize(
    "path", sorted(CONTENT.rglob("*.toml")), ids=lambda path: str(path.relative_to(CONTENT))
)
def test_every_file_is_valid_toml(path):
    with path.open("rb") as file:
        assert tomllib.load(file)


def test_the_module_exposes_what_the_files_hold():
    content = load()
    for name in ("SITE", *SECTIONS):
        assert getattr(data, name) == getattr(content, name), name
        assert getattr(data, name), f"{name} is empty"


@pytest.mark.parametrize("section", SECTIONS)
def test_keys_are_unique(section):
    found = [item["key"] for item in getattr(data, section)]
    assert len(found) == len(set(found))


def test_every_reference_names_an_existing_item():
    for event in data.EVENTS:
        assert set(event["partners"]) <= keys("PARTNERS"), event["key"]
        assert set(event["topics"]) <= keys("TOPICS"), event["key"]
        assert {entry["person"] for entry in event["participants"]} <= keys("PEOPLE"), event["key"]
    for article in data.NEWS:
        assert set(article["events"]) <= keys("EVENTS"), article["key"]
        assert set(article["partners"]) <= keys("PARTNERS"), article["key"]
        assert set(article["topics"]) <= keys("TOPICS"), article["key"]


def test_the_content_languages_are_the_site_languages():
    assert set(fields.LANGUAGES) == SITE_LANGUAGES
    assert settings.LANGUAGE_CODE in fields.LANGUAGES


def test_every_text_is_given_in_every_language():
    for where, text in all_texts():
        assert set(text) == SITE_LANGUAGES, where
        # All or nothing: an empty text is an optional field left out, never a missing language.
        assert all(text.values()) or not any(text.values()), where


def test_every_story_has_a_title_summary_and_body_in_every_language():
    for section in ("PARTNERS", "EVENTS", "NEWS", "PAGES"):
        for item in getattr(data, section):
            title = item.get("title", item.get("name"))
            for text in (title, item["summary"], *item["body"]):
                assert all(text[code] for code in SITE_LANGUAGES), (section, item["key"])
            assert item["body"], (section, item["key"])


def test_each_source_text_has_one_translation_per_language():
    # The loader translates by looking the Uzbek text up in a memory of translations.
    memory = {}
    for where, text in all_texts():
        source = text[settings.LANGUAGE_CODE]
        if source:
            assert memory.setdefault(source, text) == text, where


def test_the_fixed_vocabularies_match_the_models():
    for partner in data.PARTNERS:
        assert partner["kind"] in PartnerKind.values, partner["key"]
        assert partner["agreement_kind"] in AgreementKind.values, partner["key"]
        assert partner["country"]["en"] in COUNTRY_CODES, partner["key"]
    for event in data.EVENTS:
        assert event["kind"] in EventKind.values, event["key"]
        assert event["format"] in EventFormat.values, event["key"]
        assert event["country"]["en"] in COUNTRY_CODES, event["key"]
        for entry in event["participants"]:
            assert entry["role_kind"] in ParticipantRole.values, event["key"]
        for figure in event["key_figures"]:
            assert figure["value"].isdigit(), event["key"]


def test_events_end_on_or_after_they_start():
    for event in data.EVENTS:
        assert event["start_date"] <= event["end_date"], event["key"]


def test_events_and_news_come_in_date_order():
    assert [e["start_date"] for e in data.EVENTS] == sorted(e["start_date"] for e in data.EVENTS)
    assert [n["date"] for n in data.NEWS] == sorted(n["date"] for n in data.NEWS)


def test_optional_fields_left_out_take_their_defaults():
    staff = next(person for person in data.PEOPLE if person["key"] == "zokirova")
    assert staff["degree"] == {"uz": "", "ru": "", "en": ""}
    webinar = next(event for event in data.EVENTS if event["key"] == "russian-webinar-2021")
    assert (webinar["students"], webinar["key_figures"], webinar["partners"]) == (None, [], [])


def test_only_an_address_keeps_its_line_breaks():
    assert data.SITE["details"]["address"]["en"].count("\n") == 2
    assert not any("\n" in text["en"] for where, text in all_texts() if "address" not in where)


@pytest.fixture
def content(tmp_path):
    """A copy of the demo content to break."""
    return shutil.copytree(CONTENT, tmp_path / "content")


def edit(path, pattern, replacement):
    original = path.read_text(encoding="utf-8")
    changed = re.sub(pattern, replacement, original, count=1, flags=re.MULTILINE)
    assert changed != original, f"{pattern!r} not found in {path}"
    path.write_text(changed, encoding="utf-8")


def test_a_copy_of_the_content_loads_the_same(content):
    assert vars(load(content)) == vars(load())


def test_partner_files_come_in_the_order_of_their_numbers(content):
    # Counted as numbers: 15 comes between 010 and 020, where sorting by name would not put it.
    (content / "partners" / "100-kofih.toml").rename(content / "partners" / "15-kofih.toml")
    order = [partner["key"] for partner in load(content).PARTNERS]
    assert order[:3] == ["sechenov", "kofih", "astana"]


BROKEN = [
    pytest.param(
        "events/sechenov-2023.toml",
        r'^kind = "academic_mobility"',
        "kind = academic_mobility",
        "not valid TOML",
        id="malformed TOML",
    ),
    pytest.param(
        "events/sechenov-2023.toml",
        r"^start_date = .*\n",
        "",
        "missing the required field 'start_date'",
        id="missing field",
    ),
    pytest.param(
        "news/plans-2027.toml",
        r'^title\.ru = ".*"\n',
        "",
        "title: needs exactly the languages uz, ru and en, found uz, en",
        id="missing language",
    ),
    pytest.param(
        "people.toml",
        r'^position\.en = ".*"',
        'position.en = ""',
        "person[1].position.en: is empty",
        id="empty translation",
    ),
    pytest.param(
        "news/plans-2027.toml",
        r"^date = (.*)$",
        r'date = "\1"',
        "date: expected a date like 2023-06-05",
        id="date in quotes",
    ),
    pytest.param(
        "news/plans-2027.toml",
        r"^events = \[",
        'events = ["no-such-event", ',
        "events[1]: nothing has the key 'no-such-event'",
        id="unknown reference",
    ),
    pytest.param(
        "events/sechenov-2023.toml",
        r'^person = "tilyavova"',
        'person = "tilyavov"',
        "participants[2].person: nothing has the key 'tilyavov'",
        id="unknown person",
    ),
    pytest.param(
        "partners/010-sechenov.toml",
        r"^website =",
        "web_site =",
        "unknown field web_site",
        id="misspelt field",
    ),
    pytest.param(
        "pages/010-about.toml",
        r'^uz = """\n',
        'uz = """\nOne paragraph.\n\n',
        "body[1].uz: has a blank line",
        id="two paragraphs in one block",
    ),
    pytest.param(
        "topics.toml",
        r'^slug = "seminars"',
        "slug = 7",
        "topic[2].slug: expected text in quotes, found 7",
        id="wrong type",
    ),
]


@pytest.mark.parametrize(("name", "pattern", "replacement", "problem"), BROKEN)
def test_a_broken_file_fails_naming_the_file_and_the_problem(
    content, name, pattern, replacement, problem
):
    edit(content / name, pattern, replacement)
    with pytest.raises(DemoContentError) as error:
        load(content)
    assert str(error.value).startswith(f"{content / name}: ")
    assert problem in str(error.value)


def test_a_numbered_file_without_its_number_fails(content):
    (content / "partners" / "010-sechenov.toml").rename(content / "partners" / "sechenov.toml")
    with pytest.raises(DemoContentError, match=r"sechenov\.toml: the name must look like"):
        load(content)


def test_the_same_key_in_two_files_fails(content):
    shutil.copy(content / "partners" / "020-astana.toml", content / "partners" / "025-astana.toml")
    with pytest.raises(DemoContentError, match="more than one item has the key astana"):
        load(content)


def test_a_missing_file_or_folder_fails(content):
    (content / "people.toml").unlink()
    with pytest.raises(DemoContentError, match=r"people\.toml: cannot be read"):
        load(content)
    shutil.copy(CONTENT / "people.toml", content / "people.toml")
    shutil.rmtree(content / "news")
    with pytest.raises(DemoContentError, match="news: the folder is missing"):
        load(content)
