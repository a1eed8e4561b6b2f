"""The choosers of a page editor keep to the page's language (issue 14, points 7 and 8).

Wagtail opens them with `?locale=<the page's language>`: the page chooser's search then finds
that language's pages only, the snippet choosers list that language's people and topics, and
a person added from inside the person chooser is made in that language and comes back chosen.
Their lists make a number of queries that does not grow with the page of results.
"""

import json
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import factory
import pytest

from home.models import Person, Topic
from partners.models import PartnerProfilePage
from tests.factories import PartnerProfilePageFactory, PersonFactory

PAGE_SEARCH = "/admin/choose-page/search/"
PARTNER_TYPE = "partners.partnerprofilepage"
PAGE_CHOOSER_PER_PAGE = 25  # wagtail.admin.views.chooser.SearchView


def chooser_url(model, view):
    return reverse(model.snippet_viewset.chooser_viewset.get_url_name(view))


def modal_json(response):
    assert response.status_code == 200
    return json.loads(response.content)


def search_partners(client, **params):
    response = client.get(PAGE_SEARCH, {"q": "Sechenov", "page_type": PARTNER_TYPE, **params})
    assert response.status_code == 200
    return {page.pk for page in response.context["pages"]}


def test_page_chooser_search_from_an_uzbek_page_finds_only_uzbek_pages(editor_client, locales):
    profiles = {
        page.locale.language_code: page
        for page in PartnerProfilePage.objects.filter(slug="sechenov").select_related("locale")
    }
    assert set(profiles) == {"uz", "ru", "en"}
    # "KOICA" is written alike in every language; so is "Sechenov" in uz and en.
    russian = profiles["ru"].title.split()[0]
    for profile in profiles.values():
        profile.title = f"{profile.title} {russian}"
        profile.save_revision().publish()

    found = {code: search_partners(editor_client, q=russian, locale=code) for code in profiles}

    assert found == {code: {profile.pk} for code, profile in profiles.items()}
    # Opened outside a page editor (no language given), every language is searched as before.
    assert search_partners(editor_client, q=russian) == {p.pk for p in profiles.values()}


def test_page_chooser_browsing_keeps_wagtails_language_switch(editor_client, locales):
    response = editor_client.get("/admin/choose-page/", {"locale": "uz"})

    assert response.status_code == 200
    assert {option["locale"].language_code for option in response.context["locale_options"]} == {
        "ru",
        "en",
    }


def test_person_chooser_lists_the_pages_language_only(editor_client, locales):
    response = editor_client.get(chooser_url(Person, "choose"), {"locale": "ru"})

    people = list(modal_json(response) and response.context["results"])
    assert people
    assert {person.locale_id for person in people} == {locales["ru"].pk}


def test_topic_chooser_lists_the_pages_language_only(editor_client, locales):
    response = editor_client.get(chooser_url(Topic, "choose"), {"locale": "en"})

    topics = list(modal_json(response) and response.context["results"])
    assert topics
    assert {topic.locale_id for topic in topics} == {locales["en"].pk}


def test_person_chooser_offers_a_creation_tab_that_keeps_the_language(editor_client, locales):
    response = editor_client.get(chooser_url(Person, "choose"), {"locale": "ru"})

    html = modal_json(response)["html"]
    create_url = response.context["create_action_url"]
    assert create_url.endswith("?locale=ru")
    assert create_url.replace("&", "&amp;") in html or create_url in html
    assert 'name="name"' in html and 'name="in_department"' in html


def test_a_person_created_in_the_chooser_is_made_in_the_pages_language_and_chosen(
    editor_client, locales
):
    url = chooser_url(Person, "create") + "?locale=ru"
    data = {"name": "Иван Петров", "degree": "", "position": "Глава делегации"}

    answer = modal_json(editor_client.post(url, data))

    person = Person.objects.get(name="Иван Петров")
    assert person.locale == locales["ru"]
    assert person.in_department is False  # an unticked box: a guest of the department
    assert answer["step"] == "chosen"
    assert str(answer["result"]["id"]) == str(person.pk)
    assert answer["result"]["string"] == "Иван Петров"


def test_a_person_without_a_name_is_refused_inside_the_chooser(editor_client, locales):
    url = chooser_url(Person, "create") + "?locale=uz"

    answer = modal_json(editor_client.post(url, {"name": "", "position": "Mehmon"}))

    assert answer["step"] == "reshow_creation_form"
    assert not Person.objects.filter(position="Mehmon").exists()


def test_a_person_created_without_a_language_falls_back_to_the_default(editor_client, locales):
    answer = modal_json(editor_client.post(chooser_url(Person, "create"), {"name": "Mehmon"}))

    assert answer["step"] == "chosen"
    assert Person.objects.get(name="Mehmon").locale == locales["uz"]


def queries_of(client, url, params):
    client.get(url, params)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, params).status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    ("model", "params"),
    [(Person, {"locale": "uz"}), (Topic, {"locale": "uz"}), (Person, {"locale": ""})],
)
def test_snippet_chooser_lists_do_not_grow_with_the_page(editor_client, locales, model, params):
    url = chooser_url(model, "choose")
    before = queries_of(editor_client, url, params)
    for number in range(12):
        if model is Person:
            PersonFactory(name=f"Chooser test {number}", locale=locales["uz"])
        else:
            Topic.objects.create(name=f"Chooser {number}", slug=f"chooser-{number}")

    assert queries_of(editor_client, url, params) == before


def test_page_chooser_search_makes_queries_for_one_page_of_results_only(editor_client, locales):
    # Wagtail's search results read each row's parent, revision and workflow state: the
    # count follows the page of results (25 rows), never the number of matching pages.
    index = PartnerProfilePage.objects.get(slug="sechenov", locale=locales["uz"]).get_parent()
    params = {"q": "Chooser", "page_type": PARTNER_TYPE, "locale": "uz"}
    titles = factory.Sequence(lambda n: f"Chooser partner {n}")
    PartnerProfilePageFactory.create_batch(PAGE_CHOOSER_PER_PAGE + 1, parent=index, title=titles)
    full_page = queries_of(editor_client, PAGE_SEARCH, params)
    PartnerProfilePageFactory.create_batch(10, parent=index, title=titles)

    assert queries_of(editor_client, PAGE_SEARCH, params) == full_page


@pytest.mark.parametrize("model_name", ["person", "topic"])
def test_the_choosers_language_filter_is_labelled_in_the_admins_language(
    client, admin_user, model_name
):
    from django.utils import translation
    from django.utils.translation import gettext

    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "uz"
    profile.save()
    client.force_login(admin_user)

    response = client.get(f"/admin/snippets/choose/home/{model_name}/")
    html = response.json()["html"]

    with translation.override("uz"):
        label = gettext("Locale")
    labels = [
        text.strip() for text in re.findall(r'id="id_locale-label">(.*?)</label>', html, re.S)
    ]
    assert label != "Locale"
    assert labels == [label]
