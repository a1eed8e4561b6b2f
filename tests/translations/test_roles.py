"""Roles: editors publish everywhere; a translators' group edits only its own locale's tree and
never publishes; `setup_roles` is idempotent and `grant_role` gives a user a role."""

import json
from io import StringIO

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from wagtail.models import (
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail_localize.models import Translation

import pytest

from home.models import HomePage
from news.models import NewsIndexPage
from tests.translations.accounts import client_for, make_user
from translations.roles import (
    EDITORS,
    MODERATORS,
    REVIEW_WORKFLOW,
    role_groups,
    setup_roles,
    translators_group_name,
)

pytestmark = pytest.mark.django_db


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def assert_refused(response):
    """Wagtail answers a refused admin page with 403, or a redirect to the dashboard."""
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"] == reverse("wagtailadmin_home")


def snapshot():
    """Every group, permission and workflow assignment that setup_roles manages."""
    return {
        "groups": sorted(
            (group.name, sorted(group.permissions.values_list("pk", flat=True)))
            for group in Group.objects.all()
        ),
        "page": sorted(
            GroupPagePermission.objects.values_list("group_id", "page_id", "permission_id")
        ),
        "collection": sorted(
            GroupCollectionPermission.objects.values_list(
                "group_id", "collection_id", "permission_id"
            )
        ),
        "workflows": sorted(Workflow.objects.values_list("pk", "name")),
        "workflow_tasks": sorted(WorkflowTask.objects.values_list("workflow_id", "task_id")),
        "workflow_pages": sorted(WorkflowPage.objects.values_list("page_id", "workflow_id")),
    }


def page_codenames(group, page):
    return set(
        GroupPagePermission.objects.filter(group=group, page=page).values_list(
            "permission__codename", flat=True
        )
    )


# Groups and permissions --------------------------------------------------------------------


def test_every_role_has_its_group():
    assert set(role_groups().values()) <= set(Group.objects.values_list("name", flat=True))
    assert set(role_groups()) == {
        "editor",
        "moderator",
        "translator-uz",
        "translator-ru",
        "translator-en",
    }


def test_translators_may_add_and_edit_under_their_own_home_only(homes):
    for code, home in homes.items():
        group = Group.objects.get(name=translators_group_name(code))
        pages = set(GroupPagePermission.objects.filter(group=group).values_list("page", flat=True))
        assert pages == {home.pk}
        assert page_codenames(group, home) == {"add_page", "change_page"}
        assert group.permissions.filter(codename="access_admin").exists()
        assert not group.permissions.filter(codename="submit_translation").exists()
        assert GroupCollectionPermission.objects.filter(
            group=group, permission__codename="choose_image"
        ).exists()


def test_editors_and_moderators_may_publish_the_whole_tree():
    root = Page.get_first_root_node()
    editors = Group.objects.get(name=EDITORS)
    moderators = Group.objects.get(name=MODERATORS)
    assert {"add_page", "change_page", "publish_page"} <= page_codenames(editors, root)
    assert "publish_page" in page_codenames(moderators, root)
    assert editors.permissions.filter(codename="submit_translation").exists()
    assert editors.permissions.filter(codename="change_person").exists()
    assert GroupCollectionPermission.objects.filter(
        group=editors, permission__codename="add_image"
    ).exists()


def test_setup_roles_is_idempotent():
    before = snapshot()
    setup_roles()
    call_command("setup_roles", stdout=StringIO())
    assert snapshot() == before


def test_setup_roles_restores_missing_pieces(homes):
    group = Group.objects.get(name=translators_group_name("ru"))
    GroupPagePermission.objects.filter(group=group).delete()
    Workflow.objects.filter(name=REVIEW_WORKFLOW).delete()

    output = StringIO()
    call_command("setup_roles", stdout=output)

    assert page_codenames(group, homes["ru"]) == {"add_page", "change_page"}
    assert WorkflowPage.objects.filter(workflow__name=REVIEW_WORKFLOW).count() == 9
    assert "translator-ru" in output.getvalue()


def test_a_new_home_page_gives_its_translators_their_permissions(locales):
    root = Page.get_first_root_node()
    home = root.add_child(
        instance=HomePage(title="Второй сайт", slug="second-ru", locale=locales["ru"])
    )
    group = Group.objects.get(name=translators_group_name("ru"))
    assert page_codenames(group, home) == {"add_page", "change_page"}


def test_a_new_section_index_is_put_under_review(homes):
    index = homes["en"].add_child(instance=NewsIndexPage(title="More news", slug="more-news"))
    assert WorkflowPage.objects.get(page=index).workflow.name == REVIEW_WORKFLOW


# What each role can do ------------------------------------------------------------------------


def test_russian_translator_edits_russian_pages_but_cannot_publish(sechenov, homes):
    translator = make_user("ru-translator", "translator-ru")
    ru_page = sechenov["ru"]
    perms = ru_page.permissions_for_user(translator)
    assert perms.can_edit()
    assert not perms.can_publish()
    assert not perms.can_unpublish()
    assert ru_page.get_parent().permissions_for_user(translator).can_add_subpage()
    for code in ("uz", "en"):
        assert not sechenov[code].permissions_for_user(translator).can_edit()
        assert not homes[code].permissions_for_user(translator).can_add_subpage()


def test_russian_translator_opens_the_translation_editor_of_the_russian_report(sechenov):
    client = client_for(make_user("ru-translator", "translator-ru"))
    response = client.get(edit_url(sechenov["ru"]))
    assert response.status_code == 200
    assert [t.name for t in response.templates][0] == "wagtail_localize/admin/edit_translation.html"
    content = response.content.decode()
    assert "js-translation-editor" in content
    assert 'name="action-submit"' in content
    props = json.loads(response.context["props"])
    assert props["perms"]["canPublish"] is False
    assert props["locale"]["code"] == "ru"


@pytest.mark.parametrize("code", ["uz", "en"])
def test_russian_translator_cannot_open_other_locales(sechenov, code):
    client = client_for(make_user("ru-translator", "translator-ru"))
    assert_refused(client.get(edit_url(sechenov[code])))


@pytest.mark.parametrize("code", ["uz", "en"])
def test_russian_translator_cannot_change_other_locales(sechenov, code):
    page = sechenov[code]
    client = client_for(make_user("ru-translator", "translator-ru"))
    assert_refused(client.post(edit_url(page), {"title": "Changed", "action-publish": "1"}))
    assert_refused(client.post(edit_url(page), {"action-submit": "1"}))
    page.refresh_from_db()
    assert page.title != "Changed"
    assert not page.has_unpublished_changes


def test_russian_translator_cannot_publish_the_russian_translation(
    sechenov, django_capture_on_commit_callbacks
):
    page = sechenov["ru"]
    revision_before = page.live_revision_id
    client = client_for(make_user("ru-translator", "translator-ru"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url(page), {"action": "publish"})
    assert_refused(response)
    page.refresh_from_db()
    assert page.live_revision_id == revision_before


def test_translators_cannot_start_or_sync_translations_into_any_locale(sechenov):
    """Starting a translation and syncing translations (which can publish every locale) are
    for editors."""
    client = client_for(make_user("ru-translator", "translator-ru"))
    source = Translation.objects.filter(target_locale=sechenov["ru"].locale).first().source
    assert_refused(
        client.get(reverse("wagtail_localize:submit_page_translation", args=[sechenov["uz"].pk]))
    )
    assert_refused(client.get(reverse("wagtail_localize:update_translations", args=[source.pk])))


def test_editors_can_publish_in_every_locale(sechenov, django_capture_on_commit_callbacks):
    editor = make_user("editor", "editor")
    for page in sechenov.values():
        perms = page.permissions_for_user(editor)
        assert perms.can_edit() and perms.can_publish(), page.locale.language_code

    page = sechenov["ru"]
    revision_before = page.live_revision_id
    client = client_for(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url(page), {"action": "publish"})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live_revision_id != revision_before
    assert page.live_revision.user == editor


def test_moderators_may_publish(sechenov):
    moderator = make_user("moderator", "moderator")
    assert sechenov["uz"].permissions_for_user(moderator).can_publish()


# grant_role -----------------------------------------------------------------------------------


def test_grant_role_puts_the_user_in_the_role_group():
    user = make_user("someone")
    output = StringIO()
    call_command("grant_role", "someone", "translator-en", stdout=output)
    assert list(user.groups.values_list("name", flat=True)) == ["Translators (en)"]
    assert "Translators (en)" in output.getvalue()
    call_command("grant_role", "someone", "translator-en", stdout=StringIO())
    assert user.groups.count() == 1


def test_grant_role_refuses_an_unknown_user():
    with pytest.raises(CommandError, match="No user 'nobody'"):
        call_command("grant_role", "nobody", "editor")


def test_grant_role_refuses_an_unknown_role():
    make_user("someone")
    with pytest.raises(CommandError, match=r"Unknown role 'translator-de'.*translator-ru"):
        call_command("grant_role", "someone", "translator-de")
