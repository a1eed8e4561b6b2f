from django.conf import settings

import pytest

from core.management.commands.compile_translations import compile_catalogues


def pytest_sessionstart(session):
    # Interface translations must be compiled for any test that renders a page.
    compile_catalogues(settings.LOCALE_PATHS)


def pytest_terminal_summary(terminalreporter):
    """Figures tests record with `record_property("figure", text)` (the search quality's MRR,
    tests/search/test_quality.py), printed at the end of the run, also under pytest-xdist."""
    figures = sorted(
        {
            value
            for reports in terminalreporter.stats.values()
            for report in reports
            for name, value in getattr(report, "user_properties", ())
            if name == "figure"
        }
    )
    if figures:
        terminalreporter.section("figures")
        for figure in figures:
            terminalreporter.write_line(figure)


def load_demo_subset():
    from demo.loader import DemoLoader
    from tests.demo_subset import sechenov_subset

    return DemoLoader(sechenov_subset()).load()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test database starts with the Sechenov slice of the demo site in three languages.

    Tests run in transactions that roll back, so each one sees this content unchanged.
    """
    with django_db_blocker.unblock():
        load_demo_subset()


@pytest.fixture(autouse=True)
def fresh_structure_cache():
    """Start every test from a new content generation.

    Tests roll back their changes, but the cache keeps whatever was cached from inside the
    rolled-back transaction; a new generation makes all of it unreachable.
    """
    from core.structure_cache import invalidate

    invalidate()


@pytest.fixture
def editor_client(client, django_user_model):
    """A test client logged in as a member of the Editors group (translations.roles)."""
    from translations.roles import grant_role

    user = django_user_model.objects.create_user("muharrir", password="x")
    grant_role(user, "editor")
    client.force_login(user)
    return client


@pytest.fixture
def locales(db):
    from demo.bootstrap import content_locales

    return content_locales()


def pages_by_language(source):
    return {
        page.locale.language_code: page.specific
        for page in source.get_translations(inclusive=True).select_related("locale")
    }


@pytest.fixture
def homes(locales):
    """The Uzbek home page and its Russian and English translations, keyed by language code."""
    from home.models import HomePage

    return pages_by_language(HomePage.objects.get(locale=locales["uz"]))


@pytest.fixture
def demo_site(transactional_db):
    """For tests that flush the database (live server): load the demo slice again."""
    from home.models import HomePage

    if HomePage.objects.count() < len(settings.LANGUAGES):
        load_demo_subset()
    return pages_by_language(HomePage.objects.get(locale__language_code="uz"))


@pytest.fixture
def sechenov(locales):
    """The Sechenov exchange report in each language."""
    from events.models import EventReportPage

    return pages_by_language(
        EventReportPage.objects.get(slug="sechenov-2023", locale=locales["uz"])
    )
