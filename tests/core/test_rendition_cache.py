"""core.rendition_cache: Wagtail reads renditions from the cache without writing them back.

Wagtail 8's get_renditions() and get_rendition() store again every rendition they read from the
cache; with the file cache that was most of an uncached page's CPU (issue 19).
"""

from django.core.cache import caches

from wagtail.images import get_image_model

import pytest

pytestmark = pytest.mark.django_db

SPECS = ("width-400", "width-800")


@pytest.fixture
def rendition_alias(settings):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "renditions": {"BACKEND": "core.rendition_cache.RenditionCache", "LOCATION": "default"},
    }
    caches["default"].clear()
    yield
    caches["default"].clear()


@pytest.fixture
def writes(monkeypatch):
    """The keys written to the default cache from now on (LocMemCache.set_many calls set)."""
    written = []
    backend = caches["default"]
    original_set = backend.set

    def set_(key, value, *args, **kwargs):
        written.append(key)
        return original_set(key, value, *args, **kwargs)

    monkeypatch.setattr(backend, "set", set_)
    return written


def fresh_image():
    """The image as a new request loads it (nothing prefetched on the instance)."""
    image = get_image_model().objects.order_by("pk").first()
    assert image is not None
    return get_image_model().objects.get(pk=image.pk)


def test_renditions_read_from_the_cache_are_not_written_back(rendition_alias, locales, writes):
    first = fresh_image().get_renditions(*SPECS)
    assert len(writes) == len(SPECS)
    writes.clear()

    again = fresh_image().get_renditions(*SPECS)
    single = fresh_image().get_rendition(SPECS[0])

    assert writes == []
    assert {spec: r.url for spec, r in again.items()} == {s: r.url for s, r in first.items()}
    assert single.url == first[SPECS[0]].url


def test_they_are_read_from_the_default_cache_under_wagtails_keys(
    rendition_alias, locales, django_assert_num_queries
):
    fresh_image().get_renditions(*SPECS)
    image = fresh_image()

    with django_assert_num_queries(0):
        renditions = image.get_renditions(*SPECS)
    assert set(renditions) == set(SPECS)


def test_a_deleted_rendition_is_purged_from_the_shared_cache(rendition_alias, locales):
    rendition = fresh_image().get_rendition(SPECS[0])
    key = rendition.get_cache_key()
    assert caches["default"].get(key) is not None

    rendition.purge_from_cache()

    assert caches["default"].get(key) is None


def test_a_filter_spec_is_parsed_once_per_process(monkeypatch):
    """Wagtail parsed "fill-800x450" into operations for every Filter (core.rendition_cache)."""
    from wagtail.images import image_operations
    from wagtail.images.models import Filter

    parses = []
    original = image_operations.Operation.__init__

    def counting(self, *args):
        parses.append(args)
        original(self, *args)

    monkeypatch.setattr(image_operations.Operation, "__init__", counting)
    first = Filter("fill-123x45|format-webp").operations
    second = Filter("fill-123x45|format-webp").operations

    assert second is first
    assert [type(operation).__name__ for operation in first] == ["FillOperation", "FormatOperation"]
    assert len(parses) == 2
