"""The read-only Wagtail API v2 at /api/v2/: only live public pages, the locale filter, event
facts with localised partners and people, images and documents."""

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

import pytest

from events.models import EventIndexPage, EventReportPage
from home.models import Person
from news.models import NewsIndexPage
from partners.models import PartnerProfilePage
from tests.factories import EventReportPageFactory, NewsArticlePageFactory
from tests.helpers import by_language

pytestmark = pytest.mark.django_db

PAGES = "/api/v2/pages/"
EVENT_FIELDS = "type=events.EventReportPage&fields=start_date,end_date,students,partner_links"


def get_json(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.json()


def all_items(client, url):
    """Every item of an API listing, page by page (the API gives at most 20 at a time)."""
    items = []
    while True:
        data = get_json(client, f"{url}{'&' if '?' in url else '?'}offset={len(items)}")
        items += data["items"]
        if not data["items"] or len(items) >= data["meta"]["total_count"]:
            break
    assert len(items) == data["meta"]["total_count"]
    return items


def listed_ids(client, query=""):
    """The ids of every page the listing gives."""
    return {item["id"] for item in all_items(client, f"{PAGES}?{query}")}


def assert_not_found(client, url):
    """The page is not there: a plain 404 from the API itself, not a redirect into /uz/."""
    response = client.get(url)
    assert response.status_code == 404


@pytest.fixture
def news_indexes(locales):
    return by_language(NewsIndexPage)


# The locale filter -----------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_locale_filter_lists_the_live_pages_of_one_language(client, locales, language):
    items = all_items(client, f"{PAGES}?locale={language}")

    assert {item["meta"]["locale"] for item in items} == {language}
    expected = Page.objects.live().public().filter(locale=locales[language]).exclude(depth=1)
    assert {item["id"] for item in items} == set(expected.values_list("pk", flat=True))


def test_locale_filter_combines_with_type(client, sechenov):
    items = all_items(client, f"{PAGES}?type=events.EventReportPage&locale=en")

    ids = {item["id"] for item in items}
    assert sechenov["en"].pk in ids
    assert not ids & {sechenov["uz"].pk, sechenov["ru"].pk}
    assert {item["meta"]["type"] for item in items} == {"events.EventReportPage"}


def test_without_the_locale_filter_every_language_is_listed(client, sechenov):
    ids = listed_ids(client, "type=events.EventReportPage")

    assert {page.pk for page in sechenov.values()} <= ids


# Event facts -----------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_events_expose_dates_figures_and_partners(client, sechenov, language):
    data = get_json(client, f"{PAGES}?{EVENT_FIELDS}&locale={language}&slug=sechenov-2023")

    [item] = data["items"]
    assert item["id"] == sechenov[language].pk
    assert item["start_date"] == "2023-06-05"
    assert item["end_date"] == "2023-06-10"
    assert item["students"] == sechenov[language].students == 9
    partner = by_language(PartnerProfilePage, slug="sechenov")[language]
    assert [link["partner"] for link in item["partner_links"]] == [
        {
            "id": partner.pk,
            "title": partner.title,
            "html_url": partner.full_url,
            "detail_url": f"http://localhost{PAGES}{partner.pk}/",
        }
    ]


def test_russian_event_names_the_russian_partner_and_people(client, sechenov):
    url = f"{PAGES}{sechenov['ru'].pk}/?fields=partner_links,participants,contact_hours"

    item = get_json(client, url)

    [link] = item["partner_links"]
    assert link["partner"]["title"].startswith("Первый Московский")
    first = item["participants"][0]
    assert first["role"] == "head_of_delegation"
    person = Person.objects.get(pk=first["person"]["id"])
    assert person.locale.language_code == "ru"
    assert first["person"]["name"] == person.name == "Д. Р. Худоярова"
    assert "contact_hours" in item


def test_a_partner_without_its_translation_is_named_as_the_page_names_it(client, sechenov):
    """Like the event page: the Uzbek partner when the English one is not live."""
    partners = by_language(PartnerProfilePage, slug="sechenov")
    partners["en"].unpublish()

    item = get_json(client, f"{PAGES}{sechenov['en'].pk}/?fields=partner_links")

    [link] = item["partner_links"]
    assert link["partner"]["id"] == partners["uz"].pk
    assert [p.pk for p in sechenov["en"].partners()] == [partners["uz"].pk]


def test_a_partner_that_is_not_live_in_any_language_is_not_named(client, sechenov):
    for partner in by_language(PartnerProfilePage, slug="sechenov").values():
        partner.unpublish()

    item = get_json(client, f"{PAGES}{sechenov['en'].pk}/?fields=partner_links")

    assert [link["partner"] for link in item["partner_links"]] == [None]


def test_event_detail_gives_the_facts(client, sechenov):
    item = get_json(client, f"{PAGES}{sechenov['uz'].pk}/")

    assert item["meta"]["type"] == "events.EventReportPage"
    assert item["meta"]["locale"] == "uz"
    for field in ("kind", "start_date", "end_date", "event_format", "city", "country"):
        assert field in item
    assert item["country"] == "RU"


# Only live public pages ------------------------------------------------------------------------


def test_draft_pages_are_never_listed(client, news_indexes):
    draft = NewsArticlePageFactory(parent=news_indexes["en"], title="Draft only", draft=True)

    assert draft.pk not in listed_ids(client)
    assert draft.pk not in listed_ids(client, "locale=en&type=news.NewsArticlePage")
    assert draft.pk not in listed_ids(client, f"child_of={news_indexes['en'].pk}")
    assert_not_found(client, f"{PAGES}{draft.pk}/")


def test_unpublished_pages_are_never_listed(client, sechenov):
    page = sechenov["ru"]
    assert page.pk in listed_ids(client, "locale=ru")

    page.unpublish()

    assert page.pk not in listed_ids(client, "locale=ru")
    assert page.pk not in listed_ids(client, "type=events.EventReportPage")
    assert_not_found(client, f"{PAGES}{page.pk}/")


def test_draft_changes_of_a_live_page_are_not_shown(client, sechenov):
    page = sechenov["en"]
    published_title = page.title
    page.title = "Unpublished new title"
    page.save_revision()  # a draft revision, not published

    item = get_json(client, f"{PAGES}{page.pk}/")

    assert item["title"] == published_title
    assert "Unpublished new title" not in str(all_items(client, PAGES))


@pytest.mark.parametrize(
    "restriction",
    [
        {"restriction_type": PageViewRestriction.PASSWORD, "password": "secret"},
        {"restriction_type": PageViewRestriction.LOGIN},
    ],
)
def test_private_pages_and_their_children_are_never_listed(client, sechenov, restriction):
    index = by_language(EventIndexPage)["en"]
    PageViewRestriction.objects.create(page=index, **restriction)

    ids = listed_ids(client, "locale=en")

    assert index.pk not in ids
    assert sechenov["en"].pk not in ids
    # The restriction covers the section's translations too (core.privacy).
    assert sechenov["uz"].pk not in listed_ids(client, "locale=uz")
    assert by_language(NewsIndexPage)["uz"].pk in listed_ids(client, "locale=uz")
    assert_not_found(client, f"{PAGES}{sechenov['en'].pk}/")
    assert_not_found(client, f"{PAGES}{sechenov['ru'].pk}/")
    assert sechenov["en"].pk not in listed_ids(client, "type=events.EventReportPage")


def test_private_pages_stay_out_of_the_api_for_a_logged_in_editor(
    client, django_user_model, sechenov
):
    """The API is public: an editor's session cookie must not widen what it shows."""
    editor = django_user_model.objects.create_superuser("api-editor", "e@example.org", "pw")
    client.force_login(editor)
    page = sechenov["en"]
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(page.url).status_code == 200  # the editor can read it on the site

    assert page.pk not in listed_ids(client, "locale=en")
    assert_not_found(client, f"{PAGES}{page.pk}/")


def test_a_new_published_page_is_listed(client, locales):
    """The other tests' 'not listed' checks would pass on an empty API: this one would not."""
    page = EventReportPageFactory(parent=by_language(EventIndexPage)["en"], title="Fresh event")

    assert page.pk in listed_ids(client, "locale=en&type=events.EventReportPage")


# Images and documents --------------------------------------------------------------------------


def test_images_endpoint_answers(client, locales):
    data = get_json(client, "/api/v2/images/")

    assert data["meta"]["total_count"] == get_image_model().objects.count() > 0
    item = get_json(client, f"/api/v2/images/{data['items'][0]['id']}/")
    assert item["width"] > 0


def make_document(title, collection):
    document = get_document_model()(title=title, collection=collection)
    document.file.save(f"{title}.txt", ContentFile(b"text"), save=False)
    document.save()
    return document


def test_documents_endpoint_answers_and_leaves_out_private_collections(client, locales):
    root = Collection.get_first_root_node()
    public = make_document("public-agreement", root)
    private_collection = root.add_child(name="Unsigned drafts")
    inner = private_collection.add_child(name="Inner")
    CollectionViewRestriction.objects.create(
        collection=private_collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    private = make_document("private-draft", private_collection)
    nested = make_document("nested-draft", inner)

    ids = {item["id"] for item in all_items(client, "/api/v2/documents/")}
    assert public.pk in ids
    assert not ids & {private.pk, nested.pk}
    assert get_json(client, f"/api/v2/documents/{public.pk}/")["title"] == "public-agreement"
    assert_not_found(client, f"/api/v2/documents/{private.pk}/")


def test_private_documents_stay_out_of_the_api_for_a_logged_in_editor(client, django_user_model):
    editor = django_user_model.objects.create_superuser("doc-editor", "d@example.org", "pw")
    client.force_login(editor)
    private_collection = Collection.get_first_root_node().add_child(name="Internal")
    CollectionViewRestriction.objects.create(
        collection=private_collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    private = make_document("internal-memo", private_collection)

    ids = {item["id"] for item in all_items(client, "/api/v2/documents/")}

    assert private.pk not in ids
    assert_not_found(client, f"/api/v2/documents/{private.pk}/")


def test_the_api_answers_every_listing_without_errors(client, locales):
    for query in ("", "locale=ru", "type=partners.PartnerProfilePage&fields=*", "search=Sechenov"):
        get_json(client, f"{PAGES}?{query}")
    assert EventReportPage.objects.live().exists()


@pytest.mark.parametrize("operator", ["abc", "AND", "x\u02bby"])
def test_an_unknown_search_operator_is_a_400_not_a_500(client, locales, operator):
    response = client.get("/api/v2/pages/", {"search": "Sechenov", "search_operator": operator})

    assert response.status_code == 400
    assert "search_operator" in response.json()["message"]


@pytest.mark.parametrize("operator", ["and", "or"])
def test_the_known_search_operators_are_accepted(client, locales, operator):
    response = client.get("/api/v2/pages/", {"search": "Sechenov", "search_operator": operator})

    assert response.status_code == 200
