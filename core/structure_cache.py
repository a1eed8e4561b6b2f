"""The site's structure, kept in the cache between requests and dropped on any content change.

What every page needs but rarely changes — which page a path leads to, the menu, the
breadcrumb trail, the language versions of a page, the view restrictions — is read from the
database once and then served from Django's cache (Redis when several servers share it). Each
key carries the *content generation*, a number every content change increments (the receivers
are in core.invalidation); old entries are never read again and expire on their own.

Cached pages (core.page_cache) depend on fewer changes: a page of one language carries the
*shared* generation (changes that may show in every language) and its language's generation
(changes that show only in that language: core.invalidation decides which). The content
generation moves on with both, so structures, which are cheap to rebuild, follow every change.

Within one request each generation is read from the cache once (`generation_read_once`, entered
by core.page_cache's middleware for every request): a page reads a dozen structures, and each
key used to cost a read of the generation too. The request sees one consistent generation, as
if it had read everything at its start; a change made by the request itself (an editor's
publish) still moves it on at once, since `invalidate()` forgets the remembered numbers.

A change bumps the generation twice: at once, so readers in the same transaction see fresh
data, and again after the commit, so nothing another process read from the database before the
commit and cached in between survives.
"""

import hashlib
import re
import time
from contextlib import contextmanager
from contextvars import ContextVar

from django.core.cache import cache
from django.db import transaction
from django.db.models import QuerySet

GENERATION_KEY = "content-generation"
# Bumped by the changes that may show in every language (core.invalidation.scope_of).
SHARED_GENERATION_KEY = "content-generation:shared"
# Entries of older generations are unreachable; they only need to leave the cache eventually.
STRUCTURE_TIMEOUT = 60 * 60 * 24
# The generation outlives every entry that carries it. When it expires, the clock restarts it
# far above any number it reached by counting changes.
GENERATION_TIMEOUT = 60 * 60 * 24 * 30
_MISSING = object()
# Inside generation_read_once(): {generation key: number} of what this request has read.
_request_generations = ContextVar("request_generations", default=None)
MAX_PLAIN_KEY = 120
PLAIN_KEY = re.compile(r"[-A-Za-z0-9_.:/]*")


def language_generation_key(language):
    return f"content-generation:language:{language}"


@contextmanager
def generation_read_once():
    """Read each content generation at most once inside this block (one request)."""
    token = _request_generations.set({})
    try:
        yield
    finally:
        _request_generations.reset(token)


def read_generations(keys, also=()):
    """({key: number} of the generation `keys`, {key: value} of the cache keys `also`), read
    in one round trip to the cache (the page cache reads its entry with the generations).

    A fresh cache (or an evicted key) starts a generation from the clock, never from a number
    that an older generation may already have used.
    """
    remembered = _request_generations.get()
    known = {key: remembered[key] for key in keys if remembered and key in remembered}
    missing = [key for key in keys if key not in known]
    fetched = cache.get_many([*missing, *also]) if missing or also else {}
    for key in missing:
        if key not in fetched:
            cache.add(key, time.time_ns(), timeout=GENERATION_TIMEOUT)
            fetched[key] = cache.get(key, time.time_ns())
        known[key] = fetched[key]
    if remembered is not None:
        remembered.update({key: known[key] for key in missing})
    return known, {key: fetched[key] for key in also if key in fetched}


def content_generation():
    """The generation of every change (shared by every process that uses the same cache)."""
    return read_generations([GENERATION_KEY])[0][GENERATION_KEY]


def page_generation(language, also=()):
    """What cached pages of `language` depend on: the changes shown in every language and those
    of `language` only — for a page of no language (None: the sitemap), every change. With the
    values of the cache keys `also`, read in the same round trip."""
    if language is None:
        numbers, values = read_generations([GENERATION_KEY], also)
        return str(numbers[GENERATION_KEY]), values
    keys = [SHARED_GENERATION_KEY, language_generation_key(language)]
    numbers, values = read_generations(keys, also)
    return f"{numbers[keys[0]]}.{numbers[keys[1]]}", values


def forget_generation():
    remembered = _request_generations.get()
    if remembered is not None:
        remembered.clear()


def _increment(key):
    try:
        cache.incr(key)
    except ValueError:
        cache.add(key, time.time_ns(), timeout=GENERATION_TIMEOUT)


def invalidate(language=None):
    """Make cached structures unreachable, and the cached pages of `language` — of every
    language when None — at once (no transaction involved)."""
    forget_generation()
    _increment(GENERATION_KEY)
    _increment(SHARED_GENERATION_KEY if language is None else language_generation_key(language))
    forget_generation()


def bump_generation(language=None):
    """`invalidate(language)` now, and again once the change is committed."""
    invalidate(language)
    transaction.on_commit(lambda: invalidate(language))


def structure_key(name, *parts):
    detail = ":".join(map(str, parts))
    if len(detail) > MAX_PLAIN_KEY or not PLAIN_KEY.fullmatch(detail):
        # Paths and filters may be long or hold any character; back-ends want short plain keys.
        detail = hashlib.sha256(detail.encode()).hexdigest()
    return f"structure:{content_generation()}:{name}:{detail}"


def remember(name, parts, build):
    """`build()`, cached under `name` and `parts` for the current content generation.

    `build` returns what the callers read, fully loaded: plain data (ids, strings, tuples), or
    model instances — pickled with their field values and whatever select_related or
    prefetch_related loaded, so reading those costs no query after a cache hit; a relation
    not loaded would be queried on every hit, so load it in `build`. Never a QuerySet: it
    would be cached unevaluated, and run again on each hit (TypeError).
    """
    key = structure_key(name, *parts)
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = build()
        if isinstance(value, QuerySet):
            raise TypeError(f"remember({name!r}) got a QuerySet: cache list(...) of it")
        cache.set(key, value, STRUCTURE_TIMEOUT)
    return value
