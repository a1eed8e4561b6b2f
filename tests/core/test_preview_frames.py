"""The editor's preview panel: a preview may be framed by the admin's own origin, nothing else.

Wagtail renders a preview by running a dummy request with the page's public path through the
middleware chain (PreviewableMixin.make_preview_request), so it used to get the public policy,
`frame-ancestors 'none'`, and the side panel's iframe stayed blank. Public pages still refuse
every frame (tests/core/test_security_headers.py).
"""

from wagtail.test.utils.form_data import nested_form_data, streamfield

import pytest

from home.models import ContentPage
from tests.integration.html_audit import parse_csp

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(homes):
    page = homes["uz"].add_child(instance=ContentPage(title="Qabul kunlari", slug="qabul-kunlari"))
    page.save_revision().publish()
    return page


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("preview", "preview@example.org", "pw")
    client.force_login(user)
    return client


def form(title):
    return nested_form_data(
        {
            "title": title,
            "slug": "qabul-kunlari",
            "summary": "",
            "body": streamfield([]),
            "comments": {"TOTAL_FORMS": 0, "INITIAL_FORMS": 0, "MIN_NUM_FORMS": 0},
        }
    )


def preview(client, preview_url, title):
    posted = client.post(preview_url, form(title))
    assert posted.status_code == 200
    assert posted.json() == {"is_valid": True, "is_available": True}
    return client.get(f"{preview_url}?in_preview_panel=true&mode=")


def assert_frameable_by_the_admin_only(response):
    policy = parse_csp(response.headers["Content-Security-Policy"])
    assert policy["frame-ancestors"] == ["'self'"]
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"
    # Otherwise the public page's own policy: no inline script, nothing from other sites.
    assert policy["script-src"] == ["'self'"]
    assert policy["default-src"] == ["'self'"]


def test_the_preview_of_an_edited_page_may_be_framed_by_the_admin(editor_client, page):
    response = preview(editor_client, f"/admin/pages/{page.pk}/edit/preview/", "Yangi sarlavha")

    assert response.status_code == 200
    assert "Yangi sarlavha" in response.content.decode()
    assert_frameable_by_the_admin_only(response)


def test_the_preview_on_the_add_form_may_be_framed_by_the_admin(editor_client, homes):
    url = f"/admin/pages/add/home/contentpage/{homes['uz'].pk}/preview/"

    response = preview(editor_client, url, "Hali saqlanmagan sahifa")

    assert response.status_code == 200
    assert "Hali saqlanmagan sahifa" in response.content.decode()
    assert_frameable_by_the_admin_only(response)


def test_the_public_page_itself_still_refuses_every_frame(editor_client, client, page):
    preview(editor_client, f"/admin/pages/{page.pk}/edit/preview/", "Yangi sarlavha")
    editor_client.logout()

    response = client.get(page.url)

    assert parse_csp(response.headers["Content-Security-Policy"])["frame-ancestors"] == ["'none'"]
    assert response.headers["X-Frame-Options"] == "DENY"
