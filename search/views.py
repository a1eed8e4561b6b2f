"""Site search: news articles, event reports and partner profiles of the reader's language.

Uzbek Latin text writes the letters oʻ and gʻ (and the tutuq belgisi) with any of several
apostrophes: ʻ (U+02BB, the official one), ' (ASCII), ‘ and ’ (typographic quotes), ʼ (U+02BC)
or even a backtick. Readers type whichever their keyboard has. `core.text.normalise` removes
all of them, both from the indexed text (`BasePage.search_text`) and from the query, so every
spelling finds the same words.

Each word of the query matches the beginning of a word in the title or summary ("Сеченов" finds
"Сеченовском", "Moskva" finds "Moskvada"): Uzbek and Russian add endings to words, and the
database backend does not stem them. This is the backend's autocomplete query, built from one
prefix term per word, which works the same on SQLite (FTS5) and PostgreSQL (tsquery).
"""

import re

from django.shortcuts import render

from wagtail.models import Locale, Page, get_page_models
from wagtail.search.query import And, PlainText

from core.listing import paginate
from core.privacy import public
from core.text import normalise

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
MAX_TERMS = 10

_WORD = re.compile(r"\w+")


def search_terms(query):
    """The words of `query` to search for: normalised, without punctuation, limited in size.

    Only letters and digits reach the search backend, so no input can break its query syntax.
    """
    words = _WORD.findall(normalise(query[:MAX_QUERY_LENGTH]).replace("_", " "))
    return words[:MAX_TERMS]


def searchable_types():
    """{page model: label} of the page types that take part in the search (they say so by
    setting `search_result_kind`: news articles, event reports, partner profiles)."""
    return {
        model: model.search_result_kind
        for model in get_page_models()
        if getattr(model, "search_result_kind", None)
    }


def search_pages(locale, terms):
    """Live public articles, events and partners of `locale` matching every one of `terms`."""
    pages = (
        public(Page.objects.all())
        .filter(locale=locale)
        .type(*searchable_types())
        .specific()
        .defer_streamfields()
    )
    # One prefix term per word (the autocomplete compiler treats the last word of each
    # PlainText as a prefix), all of them required.
    query = And([PlainText(term) for term in terms])
    # Newest first rather than by relevance: the database backend scores each match with a
    # correlated subquery, which on SQLite grows with the square of the archive (minutes for
    # 30,000 pages); a date order keeps a search as cheap as a listing.
    return pages.order_by("-first_published_at").autocomplete(query, order_by_relevance=False)


def search(request):
    query = request.GET.get("q", "")[:MAX_QUERY_LENGTH].strip()
    terms = search_terms(query)
    results = None
    if terms:
        results = paginate(request, search_pages(Locale.get_active(), terms), RESULTS_PER_PAGE)
        labels = searchable_types()
        for page in results.object_list:
            page.search_type = labels.get(type(page), "")
    return render(
        request,
        "search/search_results.html",
        {"query": query, "searched": bool(terms), "results": results},
    )
