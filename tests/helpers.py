"""Reading pages and responses back in tests: pages by language, visible text, link order, and
the number of queries a request makes. (Creating pages is tests/factories.py's job.)"""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext


def by_language(model, **lookup):
    """The `model` pages matching `lookup` in every language, keyed by language code."""
    pages = model.objects.filter(**lookup).select_related("locale")
    return {page.locale.language_code: page for page in pages}


def visible_text(html):
    """The text of `html` without tags, whitespace collapsed."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def positions(html, pages):
    """Where the link to each of `pages` first appears in `html` (ValueError when missing)."""
    return [html.index(f'href="{page.url}"') for page in pages]


def count_queries(client, url):
    """The number of queries a request for `url` makes, after a warm-up request.

    The warm-up fills the caches that live across requests (site root paths, locales).
    """
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)
