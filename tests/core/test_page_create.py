"""The add-page form and Wagtail 8's autosave (core/page_create.py).

The browser posts one add form several times when an autosave is still on its way: the autosave
(JSON) creates the page, and a "Publish" or "Save draft" sent before its answer arrives goes to
the add URL again. That used to end in "slug already in use" beside a stray draft, or in a 500.
Here the second POST continues on the page the first one created: one page, the newest data,
a clear answer.
"""

import re

from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

import pytest

from core.page_create import TOKEN_FIELD
from home.models import ContentPage

pytestmark = pytest.mark.django_db

SLUG = "qabul-kunlari-2025"
TOKEN_INPUT = re.compile(rf'<input type="hidden" name="{TOKEN_FIELD}" value="([0-9a-f]{{32}})">')


@pytest.fixture
def parent(homes):
    return homes["uz"]


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("muharrir", "m@example.org", "pw")
    client.force_login(user)
    return client


def add_url(parent):
    return f"/admin/pages/add/home/contentpage/{parent.pk}/"


def open_add_form(client, parent):
    response = client.get(add_url(parent))
    assert response.status_code == 200
    return TOKEN_INPUT.search(response.content.decode()).group(1)


def form(token, title, summary="", **actions):
    return nested_form_data(
        {
            "title": title,
            "slug": SLUG,
            "summary": summary,
            "body": streamfield([]),
            "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0, "MIN_NUM_FORMS": 0},
            TOKEN_FIELD: token,
            **actions,
        }
    )


def autosave(client, parent, data):
    return client.post(add_url(parent), data, HTTP_ACCEPT="application/json")


def pages_with_the_slug(parent):
    return ContentPage.objects.child_of(parent).filter(slug=SLUG)


def test_publish_sent_before_the_autosave_answered_publishes_the_autosaved_page(editor, parent):
    token = open_add_form(editor, parent)
    saved = autosave(editor, parent, form(token, "Qabul kunlari"))
    assert saved.status_code == 200 and saved.json()["success"]

    response = editor.post(
        add_url(parent),
        form(token, "Qabul kunlari 2025", "Yangi tavsif", **{"action-publish": "publish"}),
        follow=True,
    )

    assert response.status_code == 200
    assert response.redirect_chain[0] == (f"/admin/pages/{parent.pk}/", 302)
    [page] = pages_with_the_slug(parent)
    assert page.pk == saved.json()["pk"]
    assert page.live
    assert (page.title, page.summary) == ("Qabul kunlari 2025", "Yangi tavsif")
    messages = [str(message) for message in response.context["messages"]]
    assert any("Qabul kunlari 2025" in message for message in messages), messages


def test_save_draft_after_an_autosave_opens_the_editor_of_the_same_page(editor, parent):
    token = open_add_form(editor, parent)
    page_id = autosave(editor, parent, form(token, "Qabul kunlari")).json()["pk"]

    response = editor.post(add_url(parent), form(token, "Qabul kunlari (qoralama)"))

    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{page_id}/edit/"
    [page] = pages_with_the_slug(parent)
    assert not page.live
    assert page.get_latest_revision_as_object().title == "Qabul kunlari (qoralama)"


def test_a_repeated_autosave_saves_the_same_page_and_moves_the_form_to_its_edit_url(editor, parent):
    token = open_add_form(editor, parent)
    first = autosave(editor, parent, form(token, "Qabul kunlari")).json()

    # Sent again, as the browser retries when the first answer was lost on the network.
    second = autosave(editor, parent, form(token, "Qabul kunlari va soatlari"))

    assert second.status_code == 200
    data = second.json()
    assert data["success"] and data["pk"] == first["pk"]
    assert data["url"] == f"/admin/pages/{first['pk']}/edit/"
    assert data["hydrate_url"] == f"/admin/pages/{first['pk']}/edit/?_w_hydrate_create_view=1"
    [page] = pages_with_the_slug(parent)
    assert page.get_latest_revision_as_object().title == "Qabul kunlari va soatlari"


def test_an_autosave_arriving_after_publish_changes_nothing(editor, parent):
    token = open_add_form(editor, parent)
    published = editor.post(
        add_url(parent), form(token, "Qabul kunlari 2025", **{"action-publish": "publish"})
    )
    assert published.status_code == 302
    [page] = pages_with_the_slug(parent)
    revisions = page.revisions.count()

    late = autosave(editor, parent, form(token, "Qabul kunlari"))

    assert late.status_code == 400
    assert late.json()["error_code"] == "invalid_revision"
    page.refresh_from_db()
    assert page.revisions.count() == revisions
    assert page.title == "Qabul kunlari 2025" and page.live


def test_another_add_form_with_the_same_slug_gets_a_form_error_not_a_merge(editor, parent):
    first_token = open_add_form(editor, parent)
    autosave(editor, parent, form(first_token, "Qabul kunlari"))
    other_token = open_add_form(editor, parent)
    assert other_token != first_token

    response = editor.post(
        add_url(parent), form(other_token, "Boshqa sahifa", **{"action-publish": "publish"})
    )

    assert response.status_code == 200
    assert "slug" in response.context["form"].errors
    [page] = pages_with_the_slug(parent)
    assert page.title == "Qabul kunlari" and not page.live


def test_another_editor_cannot_continue_on_a_page_by_replaying_its_token(
    editor, parent, django_user_model
):
    from django.test import Client

    token = open_add_form(editor, parent)
    autosave(editor, parent, form(token, "Qabul kunlari"))
    intruder = Client()
    intruder.force_login(django_user_model.objects.create_superuser("boshqa", "b@e.org", "pw"))

    response = intruder.post(add_url(parent), form(token, "Oʻzgartirilgan"))

    assert response.status_code == 200
    assert "slug" in response.context["form"].errors
    [page] = pages_with_the_slug(parent)
    assert page.get_latest_revision_as_object().title == "Qabul kunlari"


def test_the_add_url_is_still_wagtails_name_and_serves_the_token(editor, parent):
    from django.urls import reverse

    url = reverse("wagtailadmin_pages:add", args=("home", "contentpage", parent.pk))

    assert url == add_url(parent)
    assert open_add_form(editor, parent)
    assert Page.objects.filter(pk=parent.pk).exists()
