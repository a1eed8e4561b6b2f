"""The demo content, read from the TOML files in demo/content/ (the format is in its README.md).

The stories live in data files so that editors can change them without touching Python. This
module finds the files, checks each against demo.fields and exposes what `demo.loader` reads:
SITE, TOPICS, PEOPLE, PARTNERS, EVENTS, NEWS and PAGES, every text a {"uz", "ru", "en"} dict.
A broken file stops the import with a DemoContentError naming the file and the problem.
"""

import re
import tomllib
from pathlib import Path
from types import SimpleNamespace

from demo import fields
from demo.fields import DemoContentError, fail

CONTENT = Path(__file__).with_name("content")
KEY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
NUMBERED = re.compile(r"(\d+)-(.+)")


def load(root=CONTENT):
    """Every section read from the folder `root`, shaped like this module (for DemoLoader)."""
    root = Path(root)
    topics = entries(root / "topics.toml", "topic", fields.TOPIC)
    people = entries(root / "people.toml", "person", fields.PERSON)
    partners = stories(root / "partners", fields.PARTNER, numbered=True)
    event = fields.event(keys(partners), keys(people), keys(topics))
    events = stories(root / "events", event, by="start_date")
    news = fields.news(keys(events), keys(partners), keys(topics))
    return SimpleNamespace(
        SITE=read(root / "site.toml", fields.SITE),
        TOPICS=topics,
        PEOPLE=people,
        PARTNERS=partners,
        EVENTS=events,
        NEWS=stories(root / "news", news, by="date"),
        PAGES=stories(root / "pages", fields.PAGE, numbered=True),
    )


def read(path, kinds):
    """The file at `path`, checked against `kinds`; every error names the file."""
    try:
        with path.open("rb") as file:
            return fields.table(kinds, tomllib.load(file))
    except OSError as error:
        raise DemoContentError(f"{path}: cannot be read ({error.strerror})") from error
    except tomllib.TOMLDecodeError as error:
        raise DemoContentError(f"{path}: not valid TOML: {error}") from error
    except DemoContentError as error:
        raise DemoContentError(f"{path}: {error}") from error


def entries(path, name, kinds):
    """The [[name]] blocks of a file that holds a whole list, in the order of the file."""
    items = read(path, {name: [{"key": str, **kinds}]})[name]
    for number, item in enumerate(items, 1):
        check_key(item["key"], f"{path}: {name}[{number}].key")
    return unique(items, path)


def stories(folder, kinds, numbered=False, by=None):
    """One item per file, keyed by the file's name, in the order of its number or of `by`."""
    if not folder.is_dir():
        fail(folder, "the folder is missing")
    found = []
    for path in folder.glob("*.toml"):
        number, key = 0, path.stem
        if numbered:
            match = NUMBERED.fullmatch(key) or fail(path, "the name must look like 010-key.toml")
            number, key = int(match[1]), match[2]
        check_key(key, f"{path}: the file name")
        found.append((number, key, path))
    items = [{"key": key, **read(path, kinds)} for _number, key, path in sorted(found)]
    if by:
        items.sort(key=lambda item: (item[by], item["key"]))
    return unique(items, folder)


def check_key(key, where):
    if not KEY.fullmatch(key):
        fail(where, f"{key!r} is no key: use lowercase Latin letters, digits and hyphens")


def unique(items, where):
    seen = [item["key"] for item in items]
    repeated = sorted({key for key in seen if seen.count(key) > 1})
    if repeated:
        fail(where, f"more than one item has the key {', '.join(repeated)}")
    return items


def keys(items):
    return frozenset(item["key"] for item in items)


_content = load()
SITE = _content.SITE
TOPICS = _content.TOPICS
PEOPLE = _content.PEOPLE
PARTNERS = _content.PARTNERS
EVENTS = _content.EVENTS
NEWS = _content.NEWS
PAGES = _content.PAGES
