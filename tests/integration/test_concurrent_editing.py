"""No lost work: two editors save the same page from the same starting point.

Wagtail 8 sends the revision an editor loaded (`loaded_revision_id`, `loaded_revision_created_at`)
with every save. A background save (autosave, JSON) from a stale form is refused with
"invalid_revision"; the editing-session ping tells the second editor that someone saved a newer
revision (the admin then asks before overwriting). A plain form save after that warning becomes
a new revision on top: nothing the first editor wrote is lost, it stays in the history.
"""

import re

from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

import pytest

from home.models import ContentPage

pytestmark = pytest.mark.django_db

LOADED = re.compile(
    r'<input type="hidden" name="(loaded_revision_id|loaded_revision_created_at)" value="([^"]*)">'
)
PING_URL = re.compile(r'data-w-swap-src-value="([^"]+)"')


@pytest.fixture
def page(homes):
    page = homes["en"].add_child(
        instance=ContentPage(title="Visiting lecturers", slug="visiting-lecturers")
    )
    page.save_revision().publish()
    return page


def editor_client(client_class, django_user_model, name):
    user = django_user_model.objects.create_superuser(name, f"{name}@example.com", "pw")
    client = client_class()
    client.force_login(user)
    return client, user


@pytest.fixture
def editors(django_user_model):
    from django.test import Client

    return [editor_client(Client, django_user_model, name) for name in ("alisher", "nodira")]


def open_editor(client, page):
    """GET the edit view; the hidden revision fields and ping URL it hands the browser."""
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    loaded = dict(LOADED.findall(html))
    assert loaded["loaded_revision_id"] == str(page.latest_revision_id)
    ping_url = PING_URL.search(html).group(1).replace("&amp;", "&")
    return loaded, ping_url


def form(loaded, title, summary):
    return nested_form_data(
        {
            "title": title,
            "slug": "visiting-lecturers",
            "summary": summary,
            "body": streamfield([]),
            "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0, "MIN_NUM_FORMS": 0},
            **loaded,
        }
    )


def test_second_editor_is_warned_refused_in_background_and_loses_nothing(page, editors):
    (first, first_user), (second, _second_user) = editors
    revisions_before = page.revisions.count()
    first_loaded, _first_ping = open_editor(first, page)
    second_loaded, second_ping = open_editor(second, page)

    response = first.post(
        f"/admin/pages/{page.pk}/edit/",
        form(first_loaded, "Visiting lecturers 2025", "First editor's summary"),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page.refresh_from_db()
    first_revision = page.latest_revision
    assert first_revision.user == first_user
    assert page.revisions.count() == revisions_before + 1

    # The second editor's browser pings with the revision it loaded: it learns of the newer one.
    ping = second.post(
        second_ping,
        {
            "revision_id": second_loaded["loaded_revision_id"],
            "revision_created_at": second_loaded["loaded_revision_created_at"],
            "is_editing": "1",
        },
    )
    assert ping.status_code == 200
    newer = [session for session in ping.json()["other_sessions"] if session["revision_id"]]
    assert [session["revision_id"] for session in newer] == [first_revision.pk]

    # A background save from the stale form is refused and stores nothing.
    stale = form(second_loaded, "Visiting lecturers (second draft)", "Second editor's summary")
    refused = second.post(f"/admin/pages/{page.pk}/edit/", stale, HTTP_ACCEPT="application/json")
    assert refused.status_code == 400
    assert refused.json()["error_code"] == "invalid_revision"
    assert page.revisions.count() == revisions_before + 1

    # Saved anyway after the warning: a new revision on top, the first one kept.
    saved = second.post(f"/admin/pages/{page.pk}/edit/", stale)
    assert saved.status_code == 302
    page.refresh_from_db()
    assert page.revisions.count() == revisions_before + 2
    titles = [
        revision.as_object().title for revision in page.revisions.order_by("created_at", "pk")
    ]
    assert titles[-2:] == ["Visiting lecturers 2025", "Visiting lecturers (second draft)"]
    summaries = [revision.as_object().summary for revision in page.revisions.order_by("pk")]
    assert "First editor's summary" in summaries
    assert "Second editor's summary" in summaries
    # Saving is not publishing: readers still see the published page.
    assert Page.objects.get(pk=page.pk).title == "Visiting lecturers"
