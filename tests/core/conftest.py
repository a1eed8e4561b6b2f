"""Fixtures of the page cache tests (test_page_cache.py, test_invalidation.py)."""

import pytest


@pytest.fixture
def page_cache_on(settings):
    """The page cache switched on (the test settings leave it off), from a new generation."""
    from core.structure_cache import invalidate

    settings.PAGE_CACHE_ENABLED = True
    invalidate()


@pytest.fixture
def indexes(locales):
    """The news, event and partner index pages, each keyed by language code."""
    from events.models import EventIndexPage
    from news.models import NewsIndexPage
    from partners.models import PartnerIndexPage
    from tests.helpers import by_language

    return {
        "news": by_language(NewsIndexPage),
        "events": by_language(EventIndexPage),
        "partners": by_language(PartnerIndexPage),
    }
