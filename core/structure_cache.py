"""The site's structure, kept in the cache between requests and dropped on any content change.

What every page needs but rarely changes — which page a path leads to, the menu, the
breadcrumb trail, the language versions of a page, the view restrictions — is read from the
database once and then served from Django's cache (Redis when several servers share it). Each
key carries the *content generation*, a number every content change increments (the receivers
are in core.invalidation); old entries are never read again and expire on their own.

Within one request the generation is read from the cache once (`generation_read_once`, entered
by core.page_cache's middleware for every request): a page reads a dozen structures, and each
key used to cost a read of the generation too. The request sees one consistent generation, as
if it had read everything at its start; a change made by the request itself (an editor's
publish) still moves it on at once, since `invalidate()` forgets the remembered number.

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
# Entries of older generations are unreachable; they only need to leave the cache eventually.
STRUCTURE_TIMEOUT = 60 * 60 * 24
# The generation outlives every entry that carries it. When it expires, the clock restarts it
# far above any number it reached by counting changes.
GENERATION_TIMEOUT = 60 * 60 * 24 * 30
_MISSING = object()
# Inside generation_read_once(): a one-item list holding the generation this request read.
_request_generation = ContextVar("request_generation", default=None)
MAX_PLAIN_KEY = 120
PLAIN_KEY = re.compile(r"[-A-Za-z0-9_.:/]*")


@contextmanager
def generation_read_once():
    """Read the content generation at most once inside this block (one request)."""
    token = _request_generation.set([None])
    try:
        yield
    finally:
        _request_generation.reset(token)


def content_generation():
    """The current content generation (shared by every process that uses the same cache)."""
    remembered = _request_generation.get()
    if remembered is not None and remembered[0] is not None:
        return remembered[0]
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        # A fresh cache (or an evicted key) starts from the clock, never from a number that
        # an older generation may already have used.
        cache.add(GENERATION_KEY, time.time_ns(), timeout=GENERATION_TIMEOUT)
        generation = cache.get(GENERATION_KEY)
    if remembered is not None:
        remembered[0] = generation
    return generation


def forget_generation():
    remembered = _request_generation.get()
    if remembered is not None:
        remembered[0] = None


def invalidate():
    """Make every cached structure and page unreachable at once (no transaction involved)."""
    forget_generation()
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.add(GENERATION_KEY, time.time_ns(), timeout=GENERATION_TIMEOUT)
    forget_generation()


def bump_generation():
    """Invalidate every cached structure and page: now, and again once the change is committed."""
    invalidate()
    transaction.on_commit(invalidate)


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
