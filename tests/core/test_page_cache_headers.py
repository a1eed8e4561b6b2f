"""What the page cache (core.page_cache) tells browsers and CDNs — Cache-Control, ETag,
Last-Modified and 304 answers — and its compression: once, when an entry is stored, never on
every hit, and never of what WhiteNoise serves.
"""

import gzip

from django.http import HttpResponse
from django.test import RequestFactory
from django.utils.http import http_date

import pytest

from core import page_cache
from core.structure_cache import invalidate
from tests.core.page_cache_helpers import HIT, get

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]

LANGUAGES = ["uz", "ru"]

# Headers for browsers and CDNs -----------------------------------------------------------------


def test_anonymous_responses_can_be_stored_and_must_be_revalidated(client, sechenov):
    for response in (get(client, sechenov["uz"].url), get(client, sechenov["uz"].url)):
        assert response["Cache-Control"] == "public, max-age=0, must-revalidate"
        assert "Cookie" in response["Vary"]
        assert response["ETag"].startswith('"')
        assert response["Last-Modified"].endswith(" GMT")


def test_a_longer_browser_lifetime_can_be_configured(client, settings, sechenov):
    settings.PAGE_CACHE_MAX_AGE = 60

    assert get(client, sechenov["uz"].url)["Cache-Control"] == (
        "public, max-age=60, must-revalidate"
    )


def test_a_current_etag_gets_304_without_a_query_and_a_stale_one_the_new_page(
    client, sechenov, django_assert_num_queries
):
    page = sechenov["ru"]
    etag = get(client, page.url)["ETag"]

    with django_assert_num_queries(0):
        response = client.get(page.url, headers={"If-None-Match": etag})
    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag

    page.title = "Новое название"
    page.save_revision().publish()
    response = client.get(page.url, headers={"If-None-Match": etag})

    assert response.status_code == 200
    assert response["ETag"] != etag
    assert "Новое название" in response.content.decode()


def test_the_first_render_answers_a_matching_etag_with_304_too(client, sechenov):
    etag = get(client, sechenov["uz"].url)["ETag"]
    invalidate()

    response = client.get(sechenov["uz"].url, headers={"If-None-Match": etag})

    assert response["X-Page-Cache"] == "miss"
    assert response.status_code == 304


def test_if_modified_since_gets_304_until_the_content_changes(client, sechenov, monkeypatch):
    # A second of its own, so that no other test's generation started in it.
    monkeypatch.setattr(page_cache.time, "time", lambda: 4_000_000_000.5)
    page = sechenov["uz"]
    last_modified = get(client, page.url)["Last-Modified"]
    assert last_modified == http_date(4_000_000_000)

    response = client.get(page.url, headers={"If-Modified-Since": last_modified})
    assert response.status_code == 304

    page.title = "Oʻzgargan sarlavha"
    page.save_revision().publish()
    response = client.get(page.url, headers={"If-Modified-Since": last_modified})

    # Changed in the same second: the date cannot tell the versions apart, so no 304.
    assert response.status_code == 200
    assert "Oʻzgargan sarlavha" in response.content.decode()


def test_last_modified_moves_forward_with_a_change(client, sechenov, monkeypatch):
    clock = [4_100_000_000.0]
    monkeypatch.setattr(page_cache.time, "time", lambda: clock[0])
    page = sechenov["uz"]
    before = get(client, page.url)["Last-Modified"]

    clock[0] += 5
    page.title = "Keyinroq oʻzgargan"
    page.save_revision().publish()
    response = client.get(page.url, headers={"If-Modified-Since": before})

    assert response.status_code == 200
    assert response["Last-Modified"] == http_date(4_100_000_005)
    assert (
        client.get(page.url, headers={"If-Modified-Since": response["Last-Modified"]}).status_code
        == 304
    )


# Compression: once, when an entry is stored -------------------------------------------------


def gzip_get(client, url, **headers):
    return get(client, url, **{"Accept-Encoding": "gzip, deflate, br", **headers})


def test_a_reader_accepting_gzip_gets_the_stored_gzip_copy_on_a_miss_and_on_a_hit(client, sechenov):
    url = sechenov["uz"].url
    plain = get(client, url)
    miss, hit = gzip_get(client, url), gzip_get(client, url)

    assert hit["X-Page-Cache"] == HIT
    for response in (miss, hit):
        assert response["Content-Encoding"] == "gzip"
        assert gzip.decompress(response.content) == plain.content
        assert response["Content-Length"] == str(len(response.content))
        assert {"Accept-Encoding", "Cookie"} <= {v.strip() for v in response["Vary"].split(",")}
        # A different representation: the ETag of the identity body, weakened.
        assert response["ETag"] == "W/" + plain["ETag"]
    assert miss.content == hit.content
    assert "Content-Security-Policy" in hit and "Permissions-Policy" in hit


def test_a_reader_not_accepting_gzip_gets_the_body_as_rendered(client, sechenov):
    url = sechenov["ru"].url
    first = gzip_get(client, url)
    response = get(client, url, **{"Accept-Encoding": "identity"})

    assert response["X-Page-Cache"] == HIT
    assert "Content-Encoding" not in response
    assert response.content == gzip.decompress(first.content)
    assert response["Content-Length"] == str(len(response.content))
    assert "Accept-Encoding" in response["Vary"]
    assert response["ETag"].startswith('"')


def test_a_cached_page_is_compressed_once_not_on_every_hit(client, sechenov, monkeypatch):
    url = sechenov["uz"].url
    gzip_get(client, url)
    calls = []
    monkeypatch.setattr(
        "django.middleware.gzip.compress_string", lambda *a, **k: calls.append(a) or b""
    )
    monkeypatch.setattr(page_cache.gzip, "compress", lambda *a, **k: calls.append(a) or b"")

    for _ in range(3):
        assert gzip_get(client, url)["X-Page-Cache"] == HIT
    assert calls == []


def test_the_gzip_copy_is_revalidated_by_either_etag(client, sechenov):
    url = sechenov["uz"].url
    weak = gzip_get(client, url)["ETag"]
    strong = get(client, url)["ETag"]

    for etag in (weak, strong):
        response = client.get(url, headers={"If-None-Match": etag, "Accept-Encoding": "gzip"})
        assert response.status_code == 304, etag
        assert response.content == b""


def test_a_short_body_is_stored_uncompressed():
    entry = page_cache.make_entry(HttpResponse(b"tiny"), "epoch", 0)

    assert entry["gzip"] is None
    assert entry["content"] == b"tiny"
    response = page_cache.response_from(
        entry, RequestFactory().get("/", HTTP_ACCEPT_ENCODING="gzip")
    )
    assert "Content-Encoding" not in response
    assert response.content == b"tiny"


def test_responses_not_stored_are_still_compressed_for_readers_accepting_gzip(client):
    response = client.get("/uz/search/?q=seminar", headers={"Accept-Encoding": "gzip"})

    assert response.status_code == 200
    assert "X-Page-Cache" not in response
    assert response["Content-Encoding"] == "gzip"
    assert b"</html>" in gzip.decompress(response.content)


def test_static_files_are_never_compressed_per_request(client):
    """WhiteNoise answers before GZipMiddleware: only the .gz copies collectstatic writes are
    sent compressed (the tests serve from the source folders, which have none)."""
    response = client.get("/static/js/site.js", headers={"Accept-Encoding": "gzip"})

    assert response.status_code == 200
    assert "Content-Encoding" not in response
