"""Keys and epochs of the page cache (core.page_cache).

An entry is kept under a key of its address and language alone, and holds the *epoch* it was
rendered in: the code release, the generation of its language's pages and today's date. Reading
the entry and the generations together costs one round trip to the cache; an entry of an older
epoch is a miss, and the next render replaces it.
"""

import hashlib
import os
import time
from functools import cache as once

import django
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.utils import timezone, translation

import wagtail

from core.content_apps import project_app_paths
from core.scripts import SCRIPT_PREFIXES
from core.structure_cache import page_generation

PREFIX = "page-cache"
# Beside the folders of the site's apps (core.apps.project_app_paths).
SOURCE_DIRS = ("templates", "locale", "site_config")
SOURCE_SUFFIXES = frozenset({".py", ".html", ".txt", ".xml", ".mo"})
DAY = 24 * 60 * 60


def page_cache_timeout():
    return getattr(settings, "PAGE_CACHE_TIMEOUT", 15 * 60)


# Keys -----------------------------------------------------------------------------------------


def digest(text):
    return hashlib.sha256(text.encode()).hexdigest()


@once
def release():
    """A fingerprint of the code, templates and compiled translations this process serves.

    Part of every key, so a deploy never serves HTML rendered by the previous code (with links
    to static files that may be gone) from a cache that outlived it.
    """
    if os.environ.get("PAGE_CACHE_RELEASE"):
        return os.environ["PAGE_CACHE_RELEASE"]
    hasher = hashlib.sha256(f"{django.__version__}:{wagtail.__version__}".encode())
    base = settings.BASE_DIR
    for folder_name in (*SOURCE_DIRS, *project_app_paths()):
        for folder, subfolders, files in os.walk(base / folder_name):
            subfolders[:] = sorted(d for d in subfolders if d != "__pycache__")
            for file_name in sorted(files):
                if os.path.splitext(file_name)[1] in SOURCE_SUFFIXES:
                    path = os.path.join(folder, file_name)
                    hasher.update(os.path.relpath(path, base).encode())
                    with open(path, "rb") as source:
                        hasher.update(source.read())
    if settings.STATIC_ROOT:
        manifest = os.path.join(settings.STATIC_ROOT, "staticfiles.json")
        if os.path.exists(manifest):
            with open(manifest, "rb") as source:
                hasher.update(source.read())
    return hasher.hexdigest()[:16]


@once
def prefix_languages():
    """{first path segment: the language of the pages under it}."""
    # A script variant of the Uzbek site (/uz-cyrl/) shows the Uzbek pages: same generation.
    return {code: code for code, _name in settings.LANGUAGES} | SCRIPT_PREFIXES


def path_language(path):
    """The language of the pages under `path`, or None for a path of no language (the sitemap)."""
    return prefix_languages().get(path.split("/", 2)[1] if path.count("/") > 1 else "")


def current_epoch(path, also=()):
    """(what every entry of this moment for `path` shares: code release, the generation of its
    language's pages (core.structure_cache.page_generation), today; the values of the cache
    keys `also`, read in the same round trip)."""
    generation, values = page_generation(path_language(path), also)
    return f"{release()}:{generation}:{timezone.localdate().isoformat()}", values


def entry_key(request):
    """The key of this request's response, or None when the Host header is not allowed."""
    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    # The language a page is rendered in comes from its path; for the sitemap and robots.txt
    # it comes from the cookie or Accept-Language, so it is part of the key.
    language = translation.get_language_from_request(request, check_path=True)
    address = f"{request.scheme}://{host}{request.get_full_path()}"
    return f"{PREFIX}:entry:{digest(f'{language}|{address}')}"


def current(entry, epoch):
    """`entry` if it was rendered in `epoch`, else None: an entry is kept under a key of its
    address alone, so it is read with the epoch in one round trip, and replaced by the next."""
    if entry is not None and entry.get("epoch") == epoch:
        return entry
    return None


# Last-Modified --------------------------------------------------------------------------------
#
# Entries of one epoch all date from the second the epoch was first served; a later epoch is
# first served later. HTTP dates have whole seconds, so when two epochs began in the same second
# a copy of the older one carries the same date as the newer one: If-Modified-Since alone
# (without an ETag) is then not trusted for that second.


def epoch_started(epoch):
    key = f"{PREFIX}:epoch:{digest(epoch)}"
    started = cache.get(key)
    if started is None:
        now = int(time.time())
        if cache.add(key, now, page_cache_timeout()):
            count_epoch_start(now)
            return now
        started = cache.get(key, now)
    return started


def epochs_started_key(second):
    return f"{PREFIX}:epochs-started:{second}"


def count_epoch_start(second):
    key = epochs_started_key(second)
    if cache.add(key, 1, DAY):
        return
    try:
        cache.incr(key)
    except ValueError:
        # Expired in between: at least two epochs began in this second.
        cache.set(key, 2, DAY)


def last_modified_is_unique(second):
    return cache.get(epochs_started_key(second)) == 1
