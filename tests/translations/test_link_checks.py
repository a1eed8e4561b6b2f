"""Internal links in page bodies that lead to another language or to a page that is not live."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.rich_text import RichText

import pytest

from news.models import NewsIndexPage
from tests.factories import NewsArticlePageFactory
from tests.helpers import by_language
from tests.translations.accounts import english_admin
from translations.links import (
    BROKEN,
    NOT_LIVE,
    OTHER_LOCALE,
    find_link_problems,
    linked_page_ids,
)

pytestmark = pytest.mark.django_db

URL = "/admin/translations/status/"


def link_body(*pages, page_ids=()):
    """A body with one paragraph linking to each of `pages` (and to the raw `page_ids`)."""
    ids = [page.pk for page in pages] + list(page_ids)
    links = "".join(f'<a linktype="page" id="{pk}">link {pk}</a> ' for pk in ids)
    return [("paragraph", RichText(f"<p>{links}</p>"))]


@pytest.fixture
def news(locales):
    return by_language(NewsIndexPage)


def problems_of(page):
    return {
        problem.linked_page_id: problem.kinds
        for problem in find_link_problems()
        if problem.page_id == page.pk
    }


def test_link_ids_are_read_from_stored_rich_text_in_either_attribute_order():
    text = (
        r'[{"type": "paragraph", "value": "<p><a linktype=\"page\" id=\"12\">a</a>'
        r" <a id=\"7\" linktype=\"page\">b</a> <a href=\"https://example.org\">c</a>"
        r' <a linktype=\"document\" id=\"3\">d</a></p>"}]'
    )

    assert linked_page_ids(text) == [12, 7]
    assert linked_page_ids('<p><a linktype="page" id="5">x</a></p>') == [5]
    assert linked_page_ids(None) == []


def test_the_demo_translations_have_no_link_problems(sechenov):
    assert find_link_problems() == []


def test_a_translated_page_linking_to_the_uzbek_version_of_a_translated_page(news, sechenov):
    article = NewsArticlePageFactory(parent=news["ru"], title="Ссылка на узбекскую страницу")
    article.body = link_body(sechenov["uz"])
    article.save_revision().publish()

    # The Russian version is live, so readers get it; the stored link still points to Uzbek.
    assert problems_of(article) == {sechenov["uz"].pk: [OTHER_LOCALE]}


def test_a_link_to_a_page_without_a_live_translation(news):
    untranslated = NewsArticlePageFactory(parent=news["uz"], title="Faqat oʻzbekcha")
    article = NewsArticlePageFactory(parent=news["ru"], title="Ссылка на непереведённую страницу")
    article.body = link_body(untranslated)
    article.save_revision().publish()

    assert problems_of(article) == {untranslated.pk: [OTHER_LOCALE, NOT_LIVE]}


def test_a_link_to_a_draft_in_the_same_language_and_a_deleted_page(news):
    draft = NewsArticlePageFactory(parent=news["ru"], title="Черновик", draft=True)
    article = NewsArticlePageFactory(parent=news["ru"], title="Ссылки")
    article.body = link_body(draft, page_ids=[987654])
    article.save_revision().publish()

    assert problems_of(article) == {draft.pk: [NOT_LIVE], 987654: [BROKEN]}


def test_a_link_to_a_live_page_in_the_same_language_is_fine(news, sechenov):
    article = NewsArticlePageFactory(parent=news["ru"], title="Хорошая ссылка")
    article.body = link_body(sechenov["ru"], sechenov["ru"])
    article.save_revision().publish()

    assert problems_of(article) == {}


def test_the_live_body_is_checked_not_a_draft(news, sechenov):
    article = NewsArticlePageFactory(parent=news["ru"], title="Черновая ссылка")
    article.body = link_body(sechenov["uz"])
    article.save_revision()

    assert problems_of(article) == {}


def test_the_status_view_lists_link_problems(admin_client, news):
    draft = NewsArticlePageFactory(parent=news["en"], title="Draft target", draft=True)
    article = NewsArticlePageFactory(parent=news["en"], title="Article with a bad link")
    article.body = link_body(draft)
    article.save_revision().publish()

    response = admin_client.get(URL, {"locale": "en"})
    html = response.content.decode()

    assert [(p.page_id, p.linked_page_id) for p in response.context["link_problems"]] == [
        (article.pk, draft.pk)
    ]
    assert 'id="link-problems"' in html
    assert f"/admin/pages/{article.pk}/edit/" in html
    assert "Linked page is not live in this language" in html
    # Filtered out with another language or section.
    assert admin_client.get(URL, {"locale": "ru"}).context["link_problems"] == []
    assert admin_client.get(URL, {"section": "events"}).context["link_problems"] == []


def test_the_link_check_takes_a_fixed_number_of_queries(news, sechenov):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            find_link_problems()
        return len(captured)

    before = queries()
    for number in range(5):
        article = NewsArticlePageFactory(parent=news["ru"], title=f"Много ссылок {number}")
        article.body = link_body(sechenov["uz"], sechenov["ru"])
        article.save_revision().publish()

    assert queries() == before


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("links-admin", "l@example.org", "pw")
    client.force_login(english_admin(user))
    return client
