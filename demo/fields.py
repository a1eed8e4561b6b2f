"""What each kind of demo content file must hold, and the check that turns a file into data.

The fields are declared as data so that a missing, misspelt or mistyped field is reported
with its name and place, in the editor's terms ("expected a date"), instead of surfacing as a
KeyError or a database error halfway through loading the demo site.

A field's kind is a Python type; TEXT (one text per language, line breaks only for reading);
LINES (the same, but the line breaks count, as in an address); a list of one kind; a dict of
fields (a nested table); a frozenset (a reference: the keys the value may take). A tuple
(kind, default) marks an optional field.
"""

import copy
import datetime

LANGUAGES = ("uz", "ru", "en")
TEXT, LINES = "text", "lines"
NO_TEXT = dict.fromkeys(LANGUAGES, "")
EXPECTED = {
    str: "text in quotes",
    int: "a whole number",
    bool: "true or false",
    datetime.date: "a date like 2023-06-05 (no quotes)",
    list: "a list in [ ]",
    dict: "a table of fields",
}

SITE = {
    "name": TEXT,
    "home_intro": TEXT,
    "details": {"footer_text": TEXT, "address": LINES, "phone": str, "email": str},
}
TOPIC = {"slug": str, "name": TEXT}
PERSON = {
    "name": TEXT,
    "degree": (TEXT, NO_TEXT),
    "position": TEXT,
    "bio": TEXT,
    "in_department": bool,
}
PARTNER = {
    "name": TEXT,
    "kind": str,
    "country": TEXT,
    "city": (TEXT, NO_TEXT),
    "website": (str, ""),
    "cooperating_since": (int, None),
    "agreement_kind": str,
    "agreement_date": (datetime.date, None),
    "summary": TEXT,
    "body": [TEXT],
}
PAGE = {"slug": str, "title": TEXT, "summary": TEXT, "body": [TEXT]}


def event(partners, people, topics):
    """An event report's fields; the arguments are the keys its references may take."""
    return {
        "title": TEXT,
        "kind": str,
        "start_date": datetime.date,
        "end_date": datetime.date,
        "format": str,
        "city": TEXT,
        "country": TEXT,
        "partners": ([partners], []),
        "participants": [{"person": people, "role": TEXT, "role_kind": str}],
        "students": (int, None),
        "contact_hours": (int, None),
        "summary": TEXT,
        "body": [TEXT],
        "key_figures": ([{"value": str, "label": TEXT}], []),
        "topics": [topics],
    }


def news(events, partners, topics):
    """A news article's fields; the arguments are the keys its references may take."""
    return {
        "title": TEXT,
        "date": datetime.date,
        "summary": TEXT,
        "body": [TEXT],
        "topics": [topics],
        "partners": ([partners], []),
        "events": ([events], []),
    }


class DemoContentError(ValueError):
    """A demo content file that cannot be read or lacks what the loader needs."""


def fail(where, problem):
    raise DemoContentError(f"{where}: {problem}" if where else problem)


def table(fields, value, where=""):
    """`value` checked against `fields`; an optional field left out gets its default."""
    expect(value, dict, where)
    unknown = sorted(set(value) - set(fields))
    if unknown:
        fail(where, f"unknown field {', '.join(unknown)}; the fields are {', '.join(fields)}")
    result = {}
    for name, kind in fields.items():
        kind, default = kind if isinstance(kind, tuple) else (kind, None)
        if name in value:
            result[name] = convert(kind, value[name], f"{where}.{name}" if where else name)
        elif isinstance(fields[name], tuple):
            result[name] = copy.deepcopy(default)
        else:
            fail(where, f"missing the required field {name!r}")
    return result


def convert(kind, value, where):
    if kind in (TEXT, LINES):
        return text(value, where, keep_lines=kind == LINES)
    if isinstance(kind, list):
        items = enumerate(expect(value, list, where), 1)
        return [convert(kind[0], item, f"{where}[{number}]") for number, item in items]
    if isinstance(kind, dict):
        return table(kind, value, where)
    if isinstance(kind, frozenset):
        if expect(value, str, where) not in kind:
            fail(where, f"nothing has the key {value!r}; the keys are {', '.join(sorted(kind))}")
        return value
    return expect(value, kind, where)


def expect(value, kind, where):
    # `type() is`, not isinstance: a bool is no number here and a date-time no date.
    if type(value) is not kind:
        fail(where, f"expected {EXPECTED[kind]}, found {value!r}")
    return value


def text(value, where, keep_lines):
    expect(value, dict, where)
    if set(value) != set(LANGUAGES):
        fail(where, f"needs exactly the languages uz, ru and en, found {', '.join(value)}")
    return {code: fold(value[code], f"{where}.{code}", keep_lines) for code in LANGUAGES}


def fold(value, where, keep_lines):
    """Line breaks are there to make the file readable; only an address keeps them."""
    lines = [line.strip() for line in expect(value, str, where).strip().splitlines()]
    if not lines:
        fail(where, "is empty")
    if "" in lines:
        fail(where, "has a blank line; a body paragraph ends with the next [[body]] instead")
    return ("\n" if keep_lines else " ").join(lines)
