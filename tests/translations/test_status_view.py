"""The "Translations" admin view and the dashboard panel."""

import datetime
import re
import uuid

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page
from wagtail_localize.models import TranslatableObject, Translation, TranslationSource

import pytest

from news.models import NewsIndexPage
from tests.factories import NewsArticlePageFactory, TopicFactory
from tests.helpers import by_language
from tests.translations.accounts import english_admin
from translations.views import ROWS_PER_PAGE

pytestmark = pytest.mark.django_db

URL = "/admin/translations/status/"


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("status-view", "v@example.org", "pw")
    english_admin(user)
    client.force_login(user)
    return client


@pytest.fixture
def news(locales):
    return by_language(NewsIndexPage)


def translator(django_user_model, code):
    """A user in `Translators (code)` who may use the admin."""
    user = django_user_model.objects.create_user(f"translator-{code}", password="pw")
    group, _created = Group.objects.get_or_create(name=f"Translators ({code})")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    return english_admin(user)


def cells(response, locale):
    """{title: state} of the rows of the status table for `locale`."""
    rows = {}
    for row in response.context["rows"]:
        for entry in row["cells"]:
            if entry["cell"].locale == locale:
                rows[row["item"].title] = entry["cell"].state
    return rows


def add_bulk_pages(parent_pages, count):
    """`count` plain pages under each of `parent_pages` ({code: page}), translations of each other.

    Written straight to the tables (with wagtail-localize's records) so that a thousand pages
    per language take seconds; the Uzbek ones are the sources.
    """
    now = timezone.now()
    page_type = ContentType.objects.get_for_model(Page)
    keys = [uuid.uuid4() for _ in range(count)]
    for code, parent in parent_pages.items():
        parent = Page.objects.get(pk=parent.pk)
        pages = [
            Page(
                title=f"Bulk {code} {number}",
                draft_title=f"Bulk {code} {number}",
                slug=f"bulk-{keys[number].hex}",
                content_type=page_type,
                locale_id=parent.locale_id,
                translation_key=keys[number],
                path=Page._get_path(parent.path, parent.depth + 1, parent.numchild + number + 1),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}bulk-{keys[number].hex}/",
                live=True,
                first_published_at=now,
                last_published_at=now,
            )
            for number in range(count)
        ]
        Page.objects.bulk_create(pages, batch_size=500)
        Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + count)
    TranslatableObject.objects.bulk_create(
        [TranslatableObject(translation_key=key, content_type=page_type) for key in keys]
    )
    source_locale = parent_pages["uz"].locale_id
    TranslationSource.objects.bulk_create(
        [
            TranslationSource(
                object_id=key,
                specific_content_type=page_type,
                locale_id=source_locale,
                object_repr="bulk",
                content_json="{}",
                last_updated_at=now - datetime.timedelta(seconds=1),
            )
            for key in keys
        ]
    )
    sources = TranslationSource.objects.filter(object_id__in=keys)
    Translation.objects.bulk_create(
        [
            Translation(source=source, target_locale_id=parent.locale_id)
            for source in sources
            for code, parent in parent_pages.items()
            if code != "uz"
        ]
    )


def test_anonymous_visitors_are_sent_to_the_login_page(client):
    response = client.get(URL)

    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]


def test_users_without_admin_access_are_refused(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("reader", password="pw"))

    response = client.get(URL)

    assert response.status_code in (302, 403)
    assert "rows" not in (response.context or {})


def test_a_translator_sees_the_view(client, django_user_model, sechenov):
    client.force_login(translator(django_user_model, "ru"))

    response = client.get(URL)

    assert response.status_code == 200
    assert cells(response, "ru")[sechenov["uz"].title] == "up_to_date"


def test_the_admin_menu_links_to_the_view(admin_client):
    response = admin_client.get("/admin/")

    assert response.status_code == 200
    assert URL in response.content.decode()


def test_the_table_has_a_caption_and_headers_with_scopes(admin_client, locales):
    html = admin_client.get(URL).content.decode()

    assert "<caption>" in html
    assert '<th scope="col"><abbr title="Русский" lang="ru">RU</abbr></th>' in html
    assert '<option value="ru" lang="ru">Русский</option>' in html
    assert '<th scope="row">' in html


def test_cells_link_to_the_next_step(
    admin_client, news, sechenov, locales, django_capture_on_commit_callbacks
):
    from tests.translations.test_status import submit_translation

    missing = NewsArticlePageFactory(parent=news["uz"], title="Yangi maqola")
    in_progress = NewsArticlePageFactory(parent=news["uz"], title="Boshlangan tarjima")
    translation = submit_translation(in_progress, locales["ru"], django_capture_on_commit_callbacks)
    source = sechenov["uz"]
    source.students = (source.students or 0) + 1
    source.save_revision().publish()

    response = admin_client.get(URL, {"locale": "ru"})
    rows = {row["item"].title: row["cells"][0] for row in response.context["rows"]}
    html = response.content.decode()

    assert rows[missing.title]["action_url"] == reverse(
        "wagtail_localize:submit_page_translation", args=[missing.pk]
    )
    target = translation.get_target_instance()
    assert rows[in_progress.title]["action_url"] == reverse(
        "wagtailadmin_pages:edit", args=[target.pk]
    )
    assert rows[source.title]["cell"].state == "outdated"
    sync_url = reverse(
        "wagtail_localize:update_translations", args=[rows[source.title]["cell"].source_id]
    )
    assert rows[source.title]["action_url"] == sync_url
    assert sync_url in html
    assert "0&nbsp;%" in html  # the in-progress share


def test_snippet_cells_link_to_the_snippet_views(admin_client, locales):
    topic = TopicFactory(name="Yangi mavzu", slug="yangi-mavzu", locale=locales["uz"])

    response = admin_client.get(URL, {"section": "snippets", "locale": "en"})
    rows = {row["item"].title: row["cells"][0] for row in response.context["rows"]}

    assert rows["Yangi mavzu"]["action_url"] == reverse(
        "wagtail_localize:submit_snippet_translation", args=["home", "topic", topic.pk]
    )
    assert all(row["item"].section == "snippets" for row in response.context["rows"])


def test_filters_by_locale_section_and_state(admin_client, news, sechenov):
    article = NewsArticlePageFactory(parent=news["uz"], title="Filtrlash uchun")

    response = admin_client.get(URL, {"locale": "en", "section": "news", "state": "missing"})

    assert response.status_code == 200
    assert response.context["locales"] == ["en"]
    assert [row["item"].title for row in response.context["rows"]] == [article.title]
    # The totals follow the section, not the state filter.
    (totals,) = response.context["totals"]
    assert totals.missing == 1
    news_pages = Page.objects.filter(locale=news["uz"].locale, path__startswith=news["uz"].path)
    assert totals.up_to_date == news_pages.count() - 1


def test_per_locale_totals(admin_client, news, sechenov):
    NewsArticlePageFactory(parent=news["uz"], title="Hisob uchun")
    source = sechenov["uz"]
    source.students = (source.students or 0) + 1
    source.save_revision().publish()

    response = admin_client.get(URL)
    totals = {row.locale: row for row in response.context["totals"]}
    items = response.context["result_count"]

    assert (totals["ru"].missing, totals["ru"].outdated) == (1, 1)
    assert totals["ru"].up_to_date == items - 2
    assert totals["ru"].percent_up_to_date == round(100 * (items - 2) / items, 1)
    assert totals["uz"].total == 0
    html = response.content.decode()
    whole, tenths = str(totals["ru"].percent_up_to_date).split(".")
    assert re.search(rf'<tr data-locale="ru">.*?>{whole}[.,]{tenths}&nbsp;%<', html, re.S)


@pytest.mark.parametrize(
    "params",
    [
        {"locale": "de"},
        {"section": "blog"},
        {"state": "finished"},
        {"state": "\x00"},
        {"locale": "x" * 500},
        {"p": "-1"},
        {"p": "abc"},
        {"p": "99999"},
    ],
)
def test_bad_parameters_are_ignored_with_a_message(admin_client, locales, params):
    response = admin_client.get(URL, params)

    assert response.status_code == 200
    assert response.context["filters"] == {}
    if "p" not in params:
        assert len(response.context["ignored"]) == 1
        assert response.context["ignored"][0] in response.content.decode()


def test_rows_are_paginated(admin_client, homes):
    add_bulk_pages(homes, ROWS_PER_PAGE + 5)

    first = admin_client.get(URL)
    second = admin_client.get(URL, {"p": 2})

    assert len(first.context["rows"]) == ROWS_PER_PAGE
    assert second.context["items"].number == 2
    assert first.context["result_count"] == second.context["result_count"] > ROWS_PER_PAGE


def test_a_thousand_pages_take_as_many_queries_as_ten(
    admin_client, homes, django_assert_max_num_queries
):
    """The acceptance test: 1,000 pages × 3 languages cost the same queries as 10."""

    def queries():
        assert admin_client.get(URL).status_code == 200
        with CaptureQueriesContext(connection) as captured:
            response = admin_client.get(URL, {"section": "other"})
        assert response.status_code == 200
        return len(captured), response.context["result_count"]

    add_bulk_pages(homes, 10)
    small, small_rows = queries()
    add_bulk_pages(homes, 990)
    large, large_rows = queries()

    assert large_rows - small_rows == 990
    assert large == small
    # Session, user, admin menu, and the status report's fixed set of queries.
    with django_assert_max_num_queries(25):
        admin_client.get(URL)


def test_the_dashboard_shows_a_translator_what_awaits_in_their_language(
    client, django_user_model, news, sechenov
):
    missing = NewsArticlePageFactory(parent=news["uz"], title="Rus tiliga kutilmoqda")
    source = sechenov["uz"]
    source.students = (source.students or 0) + 1
    source.save_revision().publish()
    client.force_login(translator(django_user_model, "ru"))

    html = client.get("/admin/").content.decode()

    assert 'id="translation-status"' in html or "translation-status" in html
    assert missing.title in html
    # Each translation under its own title, not the Uzbek one.
    assert f'lang="ru">{sechenov["ru"].title}<' in html
    assert f"{URL}?locale=ru" in html


def test_the_dashboard_panel_lists_at_most_ten_items(client, django_user_model, homes):
    add_bulk_pages({"uz": homes["uz"]}, 15)
    client.force_login(translator(django_user_model, "en"))

    response = client.get("/admin/")
    html = response.content.decode()

    assert sum(f"Bulk uz {number}<" in html for number in range(15)) == 10
    assert "15 items await you." in html


def test_editors_see_the_site_totals_on_the_dashboard(admin_client, news):
    NewsArticlePageFactory(parent=news["uz"], title="Tahrirchi uchun")

    html = admin_client.get("/admin/").content.decode()

    assert "translation-status" in html
    assert 'data-locale="ru"' in html
    assert "Tahrirchi uchun" not in html
