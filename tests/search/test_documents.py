"""Search documents follow what readers can see of each page: built on publish (also of a
translation), untouched by drafts, dropped on unpublish and delete, rebuilt by the command."""

from io import StringIO

from django.core.management import call_command
from django.db import connection

import pytest

from demo.translate import translate
from news.models import NewsIndexPage
from search.documents import build_missing
from search.models import SearchDocument
from tests.factories import NewsArticlePageFactory, paragraph
from tests.helpers import by_language

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(locales):
    return by_language(NewsIndexPage)


def document(page):
    return SearchDocument.objects.filter(page_id=page.pk).first()


def found(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    results = response.context["results"]
    return {page.pk for page in results.object_list} if results else set()


def test_a_published_page_gets_its_words_in_fold_keys(news):
    article = NewsArticlePageFactory(
        parent=news["uz"],
        title="Oʻzbekiston seminarlarida",
        summary="Shoshilinch yordam",
        body=paragraph("Qoʻshma loyihalar"),
    )

    stored = document(article)
    assert stored.title == " ozbekiston seminarlarida seminar"
    assert stored.summary == " sosilinc yordam"
    assert stored.body == " qosma loyihalar loyiha"
    if connection.vendor == "postgresql":
        assert stored.vector


def test_every_script_finds_a_new_uzbek_page(client, news):
    article = NewsArticlePageFactory(parent=news["uz"], title="Qoraqalpogʻistondagi uchrashuv")

    for query in ("Qoraqalpogʻiston", "Qoraqalpog'istonda", "Qoraqalpoğiston", "Қорақалпоғистон"):
        assert article.pk in found(client, "uz", query), query


def test_draft_changes_leave_the_document_alone(client, news):
    article = NewsArticlePageFactory(parent=news["en"], title="Published headline")
    article.title = "Quixotic wording"
    article.save_revision()

    assert document(article).title == " published headline"
    assert found(client, "en", "Quixotic") == set()

    article.get_latest_revision().publish()

    assert document(article).title == " quixotic wording"
    assert article.pk in found(client, "en", "Quixotic")


def test_unpublishing_and_deleting_drop_the_document(news):
    article = NewsArticlePageFactory(parent=news["ru"], title="Временная новость")
    other = NewsArticlePageFactory(parent=news["ru"], title="Удаляемая новость")
    assert document(article) and document(other)

    article.unpublish()
    other.delete()

    assert document(article) is None
    assert not SearchDocument.objects.filter(page_id=other.pk).exists()


def test_a_draft_never_gets_a_document(news):
    draft = NewsArticlePageFactory(parent=news["en"], draft=True, title="Only a draft")

    assert document(draft) is None


def test_a_translation_published_through_wagtail_localize_is_found(
    client, news, locales, django_capture_on_commit_callbacks
):
    article = NewsArticlePageFactory(
        parent=news["uz"], title="Hamkorlik uchrashuvi", body=paragraph("Uchrashuv")
    )
    memory = {
        "Hamkorlik uchrashuvi": "Встреча партнёров",
        "Uchrashuv": "Встреча",
        article.slug: article.slug,
    }
    with django_capture_on_commit_callbacks(execute=True):
        russian = translate(article, locales["ru"], memory)

    russian.refresh_from_db()
    assert russian.live
    # ё = е: the reader types either.
    assert russian.pk in found(client, "ru", "встречи партнеров")
    assert russian.pk not in found(client, "uz", "встречи")


def test_the_rebuild_command_builds_every_live_page_again(client, news, sechenov):
    SearchDocument.objects.all().delete()
    draft = NewsArticlePageFactory(parent=news["en"], draft=True)
    SearchDocument.objects.create(page=draft, title=" stale")
    assert sechenov["ru"].pk not in found(client, "ru", "Сеченов")

    out = StringIO()
    call_command("rebuild_search_documents", stdout=out)

    assert sechenov["ru"].pk in found(client, "ru", "Сеченовского")
    assert document(sechenov["uz"]).title
    assert document(draft) is None
    assert "search documents" in out.getvalue()


def test_pages_without_a_document_get_one_after_a_migration(client, sechenov):
    SearchDocument.objects.filter(page_id=sechenov["en"].pk).delete()

    build_missing()

    assert sechenov["en"].pk in found(client, "en", "Sechenov")
