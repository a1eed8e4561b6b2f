"""Whole responses for anonymous readers, kept in Django's cache and dropped on any content change.

What is cached: GET (and HEAD, answered from the GET entry) of every path under a language prefix
(/uz/, /ru/, /en/: Wagtail pages, feeds, calendars) and /sitemap.xml and /robots.txt, when the
reader has no session or messages cookie and no Authorization header, the query string uses only
the listing parameters, and the response is a plain 200 that sets no cookie, was not rendered for
a logged-in user or a preview, and varies only by cookie or language. Search is never cached.

Freshness: every key carries an *epoch* made of the code release, the generation of the pages of
its language (core.structure_cache.page_generation: bumped by core.invalidation on any change to
a page, snippet, image, document, site, locale or setting that its language may show; Redis or
the file cache share it between processes) and today's date (listings split upcoming and past
events by date). A change makes every old entry of the languages it shows in unreachable at once;
nothing has to know which pages showed what. The sitemap and robots.txt follow every change.

For browsers and CDNs: a strong ETag (hash of the body) and a Last-Modified (the moment the
epoch was first served), answered with 304 from the cache without rendering. `max-age` is 0 by
default, so every reuse is revalidated and nobody sees a page older than the last change; a 304
from the page cache costs two cache reads.

Single flight: when many readers miss the same page at once (right after a change), one of
them renders it while the others wait for its entry, up to RENDER_WAIT_SECONDS, polling the
cache; they never get the previous version, so nobody sees a page older than the last change.
If the renderer's response is not stored (an error, a 404), the waiters render for themselves.

Compression happens once, when an entry is stored: when it is worth it the entry keeps the body
gzip-compressed, else as rendered. A reader whose Accept-Encoding allows gzip gets the gzip bytes
as stored (Content-Encoding: gzip, the ETag weakened as Django's GZipMiddleware does), any other
reader the body decompressed; both carry Vary: Accept-Encoding. GZipMiddleware, placed outside
this one, leaves both alone (it never compresses what already has a Content-Encoding, nor for a
reader that does not accept gzip) and compresses only what this middleware does not store.

Middleware placed after this one in MIDDLEWARE runs only on a miss: anything that must see every
request goes before it; anything whose headers belong to the body (a CSP nonce) goes after it.
"""

import gzip
import hashlib
import logging
import re
import time
from functools import cache as once

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import (
    add_never_cache_headers,
    get_conditional_response,
    patch_vary_headers,
    quote_etag,
)
from django.utils.http import http_date

from core.page_cache_keys import (
    current,
    current_epoch,
    digest,
    entry_key,
    epoch_started,
    last_modified_is_unique,
    page_cache_timeout,
)
from core.scripts import SCRIPT_PREFIXES
from core.structure_cache import generation_read_once

logger = logging.getLogger(__name__)

# The listing filters and pagination; any other parameter (tracking tags, typos) is rendered
# fresh, so nobody can fill the cache with made-up URLs.
QUERY_PARAMETERS = frozenset({"page", "topic", "year", "kind", "partner"})
MAX_QUERY_LENGTH = 200
UNPREFIXED_PATHS = frozenset({"/sitemap.xml", "/robots.txt"})
SITEMAP_SECTION = re.compile(r"/sitemap-[0-9]{1,6}\.xml")
EXCLUDED_URL_NAMES = frozenset({"search"})
# A response that varies by anything else cannot be shared: the key holds only the language.
SHAREABLE_VARY = frozenset({"cookie", "accept-language"})
UNSHAREABLE_CACHE_CONTROL = ("private", "no-cache", "no-store")
# "hit" or "miss" on what the cache answered, for logs, load tests and the tests; absent when
# the response was not for everyone.
STATUS_HEADER = "X-Page-Cache"
# Single flight: how long the others wait for the one rendering a missed page, how often they
# look, and how long a render may hold the right to render (a crashed worker's lock expires).
RENDER_WAIT_SECONDS = 5.0
RENDER_POLL_SECONDS = 0.02
RENDER_LOCK_SECONDS = 30
# Bodies shorter than this are not compressed (GZipMiddleware's own threshold).
MIN_COMPRESS_LENGTH = 200
ACCEPTS_GZIP = re.compile(r"\bgzip\b")


# Which requests and responses -----------------------------------------------------------------


@once
def language_prefixes():
    """/uz/, /ru/, /en/ and the Uzbek script variants' (core.scripts): /uz-cyrl/, …"""
    codes = [code for code, _name in settings.LANGUAGES]
    return tuple(f"/{prefix}/" for prefix in [*codes, *SCRIPT_PREFIXES])


def is_public_path(path):
    return (
        path in UNPREFIXED_PATHS
        or path.startswith(language_prefixes())
        or SITEMAP_SECTION.fullmatch(path) is not None
    )


def reader_is_anonymous(request):
    """No session (so not logged in, no passed page password), no pending message, no auth."""
    cookies = request.COOKIES
    return (
        settings.SESSION_COOKIE_NAME not in cookies
        and CookieStorage.cookie_name not in cookies
        and "authorization" not in request.headers
    )


def query_is_cacheable(request):
    query = request.META.get("QUERY_STRING", "")
    return len(query) <= MAX_QUERY_LENGTH and set(request.GET) <= QUERY_PARAMETERS


def response_is_shareable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    if getattr(request, "is_preview", False):
        return False
    match = getattr(request, "resolver_match", None)
    if match is not None and match.url_name in EXCLUDED_URL_NAMES:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in UNSHAREABLE_CACHE_CONTROL):
        return False
    vary = {part.strip().lower() for part in response.get("Vary", "").split(",") if part.strip()}
    return vary <= SHAREABLE_VARY


# Entries --------------------------------------------------------------------------------------


def cache_control():
    """Cache-Control of a shareable page: browsers revalidate after PAGE_CACHE_MAX_AGE seconds
    (0: every time); shared caches (a CDN) may keep it PAGE_CACHE_SHARED_MAX_AGE seconds
    (`s-maxage`, which browsers ignore) and then answer from the stale copy for
    PAGE_CACHE_STALE_WHILE_REVALIDATE seconds more while they fetch the new one.

    `must-revalidate` forbids any reuse of a stale copy, so it gives way to
    `stale-while-revalidate` when that is on: a CDN would otherwise ignore it.
    """
    max_age = getattr(settings, "PAGE_CACHE_MAX_AGE", 0)
    shared_max_age = getattr(settings, "PAGE_CACHE_SHARED_MAX_AGE", 0)
    stale = getattr(settings, "PAGE_CACHE_STALE_WHILE_REVALIDATE", 0)
    directives = ["public", f"max-age={max_age}"]
    if shared_max_age:
        directives.append(f"s-maxage={shared_max_age}")
    directives.append(f"stale-while-revalidate={stale}" if stale else "must-revalidate")
    return ", ".join(directives)


def compressed(content):
    """The gzip copy of a body worth compressing (as GZipMiddleware judges it), else None.

    Made once per entry, so at the highest level; with no timestamp and no random file name in
    its header: the same body always compresses to the same bytes. Public pages hold no secret
    for a BREACH attack to recover (readers with a session are never served from the cache).
    """
    if len(content) < MIN_COMPRESS_LENGTH:
        return None
    packed = gzip.compress(content, compresslevel=9, mtime=0)
    return packed if len(packed) < len(content) else None


def make_entry(response, epoch, last_modified):
    """Finish the headers of a shareable response and return what goes into the cache."""
    response["ETag"] = quote_etag(hashlib.md5(response.content, usedforsecurity=False).hexdigest())
    response["Last-Modified"] = http_date(last_modified)
    response["Cache-Control"] = cache_control()
    response.headers.pop("Expires", None)
    packed = None if response.has_header("Content-Encoding") else compressed(response.content)
    patch_vary_headers(response, ("Cookie", "Accept-Encoding") if packed else ("Cookie",))
    response.headers.pop("Content-Length", None)
    return {
        # A compressed body is kept only compressed (the rare reader that does not accept gzip
        # gets it decompressed): half the bytes to read and unpickle on every hit.
        "content": None if packed else response.content,
        "gzip": packed,
        "headers": list(response.headers.items()),
        "epoch": epoch,
        "last_modified": last_modified,
    }


def render_lock_key(key, epoch):
    return f"{key}:rendering:{digest(epoch)}"


def wait_for_entry(key, epoch):
    """The entry another request is rendering, once stored; None if it gives up or fails."""
    lock = render_lock_key(key, epoch)
    deadline = time.monotonic() + RENDER_WAIT_SECONDS
    while time.monotonic() < deadline:
        time.sleep(RENDER_POLL_SECONDS)
        entry = current(cache.get(key), epoch)
        if entry is not None:
            return entry
        if cache.get(lock) is None:
            # The renderer finished without storing (or the cache is down): render here.
            return None
    return None


def accepts_gzip(request):
    return ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")) is not None


def response_from(entry, request):
    """The entry as a response: its gzip copy when there is one and the reader accepts it."""
    packed = entry.get("gzip")
    gzipped = packed is not None and accepts_gzip(request)
    if gzipped:
        content = packed
    elif entry["content"] is not None:
        content = entry["content"]
    else:
        content = gzip.decompress(packed)
    response = HttpResponse(content)
    headers = response.headers
    for name, value in entry["headers"]:
        headers[name] = value
    if gzipped:
        headers["ETag"] = "W/" + headers["ETag"]
        headers["Content-Encoding"] = "gzip"
    headers["Content-Length"] = str(len(response.content))
    return response


def conditional(request, response, last_modified):
    """304 when the reader's copy is current, judged by ETag or (when reliable) by date."""
    if not ("If-None-Match" in request.headers or "If-Modified-Since" in request.headers):
        return response
    answer = get_conditional_response(
        request, etag=response["ETag"], last_modified=last_modified, response=response
    )
    if (
        answer.status_code == 304
        and "If-None-Match" not in request.headers
        and not last_modified_is_unique(last_modified)
    ):
        return response
    return answer


def mark_private(response):
    """Responses not shared: neither browsers nor proxies may keep them for someone else."""
    if "Cache-Control" not in response:
        add_never_cache_headers(response)
    patch_vary_headers(response, ("Cookie",))
    return response


class PageCacheMiddleware:
    """Serves anonymous readers from the page cache; stores what any reader would get."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # One read of the content generation per request (core.structure_cache).
        with generation_read_once():
            return self.respond(request)

    def respond(self, request):
        enabled = getattr(settings, "PAGE_CACHE_ENABLED", True)
        if not enabled or not is_public_path(request.path_info):
            return self.get_response(request)

        key = epoch = None
        rendering_here = False
        if (
            request.method in ("GET", "HEAD")
            and reader_is_anonymous(request)
            and query_is_cacheable(request)
        ):
            try:
                key = entry_key(request)
                epoch, stored = current_epoch(request.path_info, () if key is None else (key,))
                entry = current(stored.get(key), epoch)
                if entry is None and key is not None and request.method == "GET":
                    lock = render_lock_key(key, epoch)
                    rendering_here = cache.add(lock, 1, RENDER_LOCK_SECONDS)
                    if not rendering_here:
                        entry = wait_for_entry(key, epoch)
            except Exception:
                # A cache that is down costs speed, never the page.
                logger.warning("Page cache unavailable; rendering %s", request.path, exc_info=True)
                key = entry = None
            if entry is not None:
                answer = conditional(request, response_from(entry, request), entry["last_modified"])
                answer[STATUS_HEADER] = "hit"
                return answer

        try:
            response = self.get_response(request)
            return self.store(request, response, key, epoch)
        finally:
            if rendering_here:
                cache.delete(render_lock_key(key, epoch))

    def store(self, request, response, key, epoch):
        """Keep a shareable response under `key`; mark any other one private."""
        if key is None or not response_is_shareable(request, response):
            return mark_private(response)
        if request.method != "GET":
            # A HEAD before any GET: its body may be empty, so it is not what GET would store.
            patch_vary_headers(response, ("Cookie",))
            return response
        try:
            last_modified = epoch_started(epoch)
            entry = make_entry(response, epoch, last_modified)
            cache.set(key, entry, page_cache_timeout())
        except Exception:
            logger.warning("Page cache unavailable; not storing %s", request.path, exc_info=True)
            return mark_private(response)
        # What the next reader will get: the same bytes and headers as a hit.
        answer = conditional(request, response_from(entry, request), last_modified)
        answer[STATUS_HEADER] = "miss"
        return answer
