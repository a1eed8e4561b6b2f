from django.conf import settings

import pytest

from home.management.commands.compile_translations import compile_catalogues


def pytest_sessionstart(session):
    # Interface translations must be compiled for any test that renders a page.
    compile_catalogues(settings.LOCALE_PATHS)


@pytest.fixture
def locales(db):
    from home.demo.bootstrap import content_locales

    return content_locales()


@pytest.fixture
def homes(locales, django_capture_on_commit_callbacks):
    """The Uzbek home page and its Russian and English translations, keyed by language code."""
    from home.demo.bootstrap import ensure_home_pages

    # wagtail-localize publishes translations on commit, which a test transaction never reaches.
    with django_capture_on_commit_callbacks(execute=True):
        source = ensure_home_pages()
    return {
        page.locale.language_code: page.specific
        for page in source.get_translations(inclusive=True).select_related("locale")
    }
