"""Wagtail's rendition cache, without writing back on every page view what it just read.

`AbstractImage.get_renditions()` (Wagtail 8) reads the renditions of an image from the cache
(`caches["renditions"]`, else the default cache) and then stores again every rendition that did
not come from a prefetch — those it just read from the cache included, because only prefetched
renditions are marked `_from_cache`. An article with one picture in a srcset so wrote nine cache
entries per render; with the file cache each write is a pickle, a temp file, a rename and a scan
of the whole cache directory (FileBasedCache culls on every set), most of an uncached page's CPU.

`RenditionCache` is the "renditions" alias (site_config/settings/production.py): it passes every
call to the cache named by its LOCATION (the default one: same keys, same back-end, same
invalidation) and marks what `get_many` returns as read from the cache, so Wagtail writes only
renditions it really created or found in the database (`get_rendition()`, for one rendition,
stores unconditionally: `set` drops a rendition so marked).

`share_filter_operations` (from CoreConfig.ready): Wagtail parses a filter spec such as
"fill-800x450" into operation objects for every rendition it looks up, once per `Filter`, and
each parse calls `inspect.getcallargs`; with a srcset of several sizes per picture that was a
tenth of an article's CPU. The operations depend on the spec alone and are never changed once
built, so they are built once per spec and process.
"""

from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache

from wagtail.images.models import Filter

_operations_by_spec = {}


def share_filter_operations():
    """Make `Filter.operations` one list per spec, built on first use (see above)."""
    original = Filter.__dict__["operations"]
    if isinstance(original, property):
        return  # shared already
    build = original.func

    def operations(filter_):
        found = _operations_by_spec.get(filter_.spec)
        if found is None:
            found = _operations_by_spec[filter_.spec] = build(filter_)
        return found

    Filter.operations = property(operations)


class RenditionCache(BaseCache):
    """A view of another cache alias (LOCATION, "default" when blank) for Wagtail renditions."""

    def __init__(self, location, params):
        super().__init__(params)
        self.alias = location or "default"

    @property
    def backend(self):
        return caches[self.alias]

    def get_many(self, keys, version=None):
        found = self.backend.get_many(keys, version=version)
        for rendition in found.values():
            # Wagtail skips writing back renditions with this mark (get_renditions).
            rendition._from_cache = True
        return found

    def get(self, key, default=None, version=None):
        value = self.backend.get(key, default, version=version)
        if value is not default and value is not None:
            value._from_cache = True
        return value

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self.backend.add(key, value, timeout, version=version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        # get_rendition() stores what it found, even when it found it here.
        if getattr(value, "_from_cache", False):
            return None
        return self.backend.set(key, value, timeout, version=version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        fresh = {key: value for key, value in data.items() if not getattr(value, "_from_cache", 0)}
        return self.backend.set_many(fresh, timeout, version=version) if fresh else []

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self.backend.touch(key, timeout, version=version)

    def delete(self, key, version=None):
        return self.backend.delete(key, version=version)

    def delete_many(self, keys, version=None):
        return self.backend.delete_many(keys, version=version)

    def has_key(self, key, version=None):
        return self.backend.has_key(key, version=version)

    def clear(self):
        return self.backend.clear()
