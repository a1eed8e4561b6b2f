"""core.structure_cache read path: the content generation is read from the cache once a request."""

from django.core.cache import cache

import pytest

from core import structure_cache
from core.structure_cache import content_generation, generation_read_once, invalidate, remember


@pytest.fixture
def generation_reads(monkeypatch):
    """Reads of the content generation from the cache: by get(), or among the keys of one
    get_many() (one MGET on Redis; local memory answers it with a get() per key)."""
    reads = []
    original_get, original_get_many = cache.get, cache.get_many
    inside_get_many = []

    def get(key, *args, **kwargs):
        if key == structure_cache.GENERATION_KEY and not inside_get_many:
            reads.append(key)
        return original_get(key, *args, **kwargs)

    def get_many(keys, *args, **kwargs):
        reads.extend(key for key in keys if key == structure_cache.GENERATION_KEY)
        inside_get_many.append(True)
        try:
            return original_get_many(keys, *args, **kwargs)
        finally:
            inside_get_many.pop()

    monkeypatch.setattr(cache, "get", get)
    monkeypatch.setattr(cache, "get_many", get_many)
    return reads


def test_inside_a_request_the_generation_is_read_once(generation_reads):
    with generation_read_once():
        first = content_generation()
        for number in range(5):
            remember("reads", (number,), lambda number=number: number)
        assert content_generation() == first

    assert len(generation_reads) == 1


def test_outside_a_request_every_call_reads_it(generation_reads):
    content_generation()
    content_generation()

    assert len(generation_reads) == 2


def test_a_change_made_by_the_request_itself_is_seen_at_once():
    with generation_read_once():
        before = content_generation()
        value = remember("after-change", (), lambda: "old")
        invalidate()
        assert content_generation() > before
        assert remember("after-change", (), lambda: "new") == "new"
    assert value == "old"


def test_a_change_by_another_process_is_seen_by_the_next_request():
    with generation_read_once():
        before = content_generation()
        # Another process bumps the shared number: this request keeps its snapshot.
        cache.incr(structure_cache.GENERATION_KEY)
        assert content_generation() == before
    with generation_read_once():
        assert content_generation() == before + 1


def test_every_request_goes_through_one_read(client, db, generation_reads):
    client.get("/uz/")

    assert len(generation_reads) == 1
