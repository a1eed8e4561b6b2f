"""Requests through the page cache (core.page_cache), for test_page_cache and test_invalidation."""

HIT = "hit"


def get(client, url, **headers):
    response = client.get(url, headers=headers)
    assert response.status_code == 200, (url, response.status_code)
    return response


def text(client, url):
    return get(client, url).content.decode()


def warm(client, *urls):
    """Request each URL until it comes from the cache, so later reads test invalidation."""
    for url in urls:
        get(client, url)
        assert get(client, url)["X-Page-Cache"] == HIT, url


def status(client, url):
    return client.get(url).status_code
