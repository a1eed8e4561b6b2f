"""Matching and ranking search documents, on PostgreSQL and on SQLite.

Every word of the query must match the beginning of a word of the page (title, summary or
body); an Uzbek word matches through its fold key or its stem (search.words).

PostgreSQL: each document has a tsvector (title weighted A, summary B, body C) in the
text-search configuration of its language: `russian` and `english` stem Russian and English
words ("Сеченовского" finds "Сеченовском"); Uzbek text is already folded and stemmed, so it
takes `simple`. Results come by relevance (ts_rank), newest first among equals. A query that
finds nothing is tried again against the titles by trigram similarity (pg_trgm), which
forgives a typo ("Sechenvo").

SQLite has neither: a word matches with LIKE, Russian and English words lose a common ending
first (search.words.crude_stem), and a page ranks by where its words are (title, summary, body).
"""

from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVector,
    TrigramWordSimilarity,
)
from django.db import connection
from django.db.models import BooleanField, Case, F, Func, Q, Value, When

from search.words import UZBEK, crude_stem, uzbek_stem

CONFIGURATIONS = {"ru": "russian", "en": "english"}
# A page whose title has every word of the query comes before one whose summary has them, and
# that before one where they are spread over the body; ts_rank (below 1) orders each tier.
TITLE_TIER = 4.0
SUMMARY_TIER = 2.0
# ts_rank's weights of D, C, B, A: body (C) counts a fifth of a title (A), a summary (B) half.
RANK_WEIGHTS = [0.05, 0.2, 0.5, 1.0]
# ts_rank normalisation 1: divide by 1 + log(length), so that a long body does not outrank a
# short page whose title is the query.
RANK_NORMALISATION = 1
TYPO_SIMILARITY = 0.5
# SQLite's rank: a word in the title counts most, then in the summary, then in the body.
FIELD_SCORES = (("title", 4), ("summary", 2), ("body", 1))


def configuration(language):
    return CONFIGURATIONS.get(language, "simple")


def on_postgresql():
    return connection.vendor == "postgresql"


def word_forms(word, language):
    """The forms of one query word whose beginnings the page's words may have."""
    if language == UZBEK:
        forms = [word, uzbek_stem(word)]
    elif on_postgresql():
        forms = [word]  # PostgreSQL's configuration stems it
    else:
        forms = [word, crude_stem(word, language)]
    return sorted(set(forms))


# Documents ------------------------------------------------------------------------------------


def update_vectors(language, page_ids):
    """Compute the tsvector of the documents of `page_ids` (PostgreSQL only)."""
    from search.models import SearchDocument

    if not on_postgresql() or not page_ids:
        return
    config = configuration(language)
    vector = (
        SearchVector("title", config=config, weight="A")
        + SearchVector("summary", config=config, weight="B")
        + SearchVector("body", config=config, weight="C")
    )
    SearchDocument.objects.filter(page_id__in=page_ids).update(vector=vector)


# Queries ------------------------------------------------------------------------------------


def matching(pages, language, words):
    """Those of `pages` whose documents match every one of `words`, best first."""
    if on_postgresql():
        return _postgresql_matching(pages, language, words)
    return _sqlite_matching(pages, language, words)


def similar_titles(pages, language, words):
    """Those of `pages` whose title is close to the query (PostgreSQL; none elsewhere)."""
    if not on_postgresql():
        return pages.none()
    similarity = TrigramWordSimilarity(Value(" ".join(words)), "search_document__title")
    return (
        pages.annotate(similarity=similarity)
        .filter(similarity__gte=TYPO_SIMILARITY)
        .order_by("-similarity", "-first_published_at", "-pk")
    )


def _tsquery(language, words):
    # Only letters and digits reach the query (search.words), so it cannot break its syntax.
    terms = [
        "(" + " | ".join(f"{form}:*" for form in word_forms(word, language)) + ")" for word in words
    ]
    return SearchQuery(" & ".join(terms), search_type="raw", config=configuration(language))


class _Matches(Func):
    """`vector @@ query`, counting only the words of `vector` of the given weights."""

    output_field = BooleanField()

    def __init__(self, vector, query, weights):
        super().__init__(vector, query)
        self.weights = list(weights)

    def as_sql(self, compiler, connection, **extra_context):
        vector_sql, vector_params = compiler.compile(self.source_expressions[0])
        query_sql, query_params = compiler.compile(self.source_expressions[1])
        sql = f'ts_filter({vector_sql}, %s::"char"[]) @@ {query_sql}'
        return sql, (*vector_params, self.weights, *query_params)


def _postgresql_matching(pages, language, words):
    query = _tsquery(language, words)
    vector = F("search_document__vector")
    tiers = Case(
        When(_Matches(vector, query, "a"), then=Value(TITLE_TIER)),
        When(_Matches(vector, query, "ab"), then=Value(SUMMARY_TIER)),
        default=Value(0.0),
    )
    rank = SearchRank(vector, query, weights=RANK_WEIGHTS, normalization=Value(RANK_NORMALISATION))
    return (
        pages.filter(search_document__vector=query)
        .annotate(rank=tiers + rank)
        .order_by("-rank", "-first_published_at", "-pk")
    )


def _begins_a_word(field, forms):
    q = Q()
    for form in forms:
        q |= Q(**{f"search_document__{field}__contains": f" {form}"})
    return q


def _sqlite_matching(pages, language, words):
    score = Value(0)
    for word in words:
        forms = word_forms(word, language)
        pages = pages.filter(
            _begins_a_word("title", forms)
            | _begins_a_word("summary", forms)
            | _begins_a_word("body", forms)
        )
        score = score + Case(
            *(
                When(_begins_a_word(field, forms), then=Value(points))
                for field, points in FIELD_SCORES
            ),
            default=Value(0),
        )
    return pages.annotate(rank=score).order_by("-rank", "-first_published_at", "-pk")
