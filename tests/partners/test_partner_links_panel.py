"""From a report's or article's partner links, a path to add a partner that has no profile yet.

Partners are pages and Wagtail's page chooser cannot create one, so the panel links to the
"add partner profile" form under the partner index of the page's own language (a new tab).
"""

import html
import re

import pytest

from events.models import EventIndexPage
from news.models import NewsIndexPage
from partners.models import PartnerIndexPage
from tests.helpers import by_language

pytestmark = pytest.mark.django_db


def add_partner_links(response):
    assert response.status_code == 200
    content = html.unescape(response.content.decode())
    return re.findall(r'<a href="([^"]+)" target="_blank" rel="noopener">([^<]+)</a>', content)


@pytest.mark.parametrize(
    ("model", "app_model"),
    [(EventIndexPage, "events/eventreportpage"), (NewsIndexPage, "news/newsarticlepage")],
)
@pytest.mark.parametrize("language", ["uz", "ru"])
def test_the_partner_links_panel_links_to_adding_a_profile_in_the_pages_language(
    editor_client, locales, model, app_model, language
):
    index = by_language(model)[language]
    partners = by_language(PartnerIndexPage)[language]

    response = editor_client.get(
        f"/admin/pages/add/{app_model}/{index.pk}/", HTTP_ACCEPT_LANGUAGE="en"
    )

    assert add_partner_links(response) == [
        (
            f"/admin/pages/add/partners/partnerprofilepage/{partners.pk}/",
            "Partner not listed yet? Add its profile (opens in a new tab).",
        )
    ]


def test_the_link_is_left_out_for_someone_who_may_not_add_partners(
    client, django_user_model, locales
):
    from django.contrib.auth.models import Group, Permission

    from wagtail.models import GroupPagePermission

    events = by_language(EventIndexPage)["uz"]
    group = Group.objects.create(name="Events only")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page"):
        GroupPagePermission.objects.create(
            group=group, page=events, permission=Permission.objects.get(codename=codename)
        )
    user = django_user_model.objects.create_user("tadbirlar", password="x")
    user.groups.add(group)
    client.force_login(user)

    response = client.get(f"/admin/pages/add/events/eventreportpage/{events.pk}/")

    assert response.status_code == 200
    assert add_partner_links(response) == []
