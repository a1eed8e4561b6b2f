"""Site search: news articles, event reports and partner profiles of the reader's language.

Each word of the query must begin a word of the page's title, summary or body text, in any of
its spellings: Uzbek in the old Latin alphabet (with any apostrophe), the new one or Cyrillic,
with or without endings; Russian and English words in any inflected form (search.words). The
best match comes first (search.backends). What a page says is read from its search document
(search.documents); whether a reader may see it, from core.privacy at every search.
"""

from django.shortcuts import render

from wagtail.models import Locale, Page

from core.listing import paginate
from core.privacy import public
from search.backends import matching, similar_titles
from search.documents import searchable_models
from search.words import words

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
MAX_TERMS = 10


def search_terms(query, language):
    """The words of `query` to search for, as the search compares them, limited in number.

    Only letters and digits remain, so no input can break a database's query syntax.
    """
    return words(query[:MAX_QUERY_LENGTH], language)[:MAX_TERMS]


def searchable_pages(locale):
    """Live public articles, events and partners of `locale`."""
    return (
        public(Page.objects.all())
        .filter(locale=locale)
        .type(*searchable_models())
        .specific()
        .defer_streamfields()
    )


def search_pages(locale, terms):
    """The pages of `locale` matching every one of `terms`, the best match first."""
    return matching(searchable_pages(locale), locale.language_code, terms)


def search(request):
    query = request.GET.get("q", "")[:MAX_QUERY_LENGTH].strip()
    locale = Locale.get_active()
    terms = search_terms(query, locale.language_code)
    results = None
    if terms:
        results = paginate(request, search_pages(locale, terms), RESULTS_PER_PAGE)
        if not results.paginator.count:
            # Nothing matches every word exactly: titles close to the query (a typo).
            close = similar_titles(searchable_pages(locale), locale.language_code, terms)
            results = paginate(request, close, RESULTS_PER_PAGE)
        labels = searchable_models()
        for page in results.object_list:
            page.search_type = labels.get(type(page), "")
    return render(
        request,
        "search/search_results.html",
        {"query": query, "searched": bool(terms), "results": results},
    )
