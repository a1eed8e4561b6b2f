"""What editors see and do in the admin: the "don't post" switch on the Promote tab, "Post to the
channel again" (confirmed, POST only, for those who may publish), and the report of the posts
with its language and status filters."""

from django.test import Client

from wagtail.models import PageViewRestriction

import pytest

from telegram.models import ChannelPost
from tests.translations.accounts import client_for, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return make_user("editor", role="editor")


@pytest.fixture
def posted(sechenov, telegram_on, publish):
    """The Sechenov report, posted in Russian; the English post refused by Telegram."""
    publish(sechenov["ru"])
    telegram_on.fail_next("400")
    publish(sechenov["en"])
    return sechenov


def post_again_url(page):
    return f"/admin/telegram/pages/{page.pk}/post-again/"


def edit_page_html(client, page):
    return client.get(f"/admin/pages/{page.pk}/edit/").content.decode()


def test_the_editor_shows_the_switch_and_post_again(posted, editor, telegram_on, publish):
    publish(posted["uz"])

    html = edit_page_html(client_for(editor), posted["uz"])

    assert 'name="no_channel_post"' in html
    assert "Telegram channel" in html
    assert post_again_url(posted["uz"]) in html


def test_post_again_is_not_offered_for_a_dont_post_page(posted, editor):
    posted["uz"].no_channel_post = True
    posted["uz"].save_revision().publish()

    html = edit_page_html(client_for(editor), posted["uz"])

    assert 'name="no_channel_post"' in html
    assert post_again_url(posted["uz"]) not in html


def test_translations_offer_post_again_in_the_explorer(posted, editor):
    index = posted["ru"].get_parent()

    html = client_for(editor).get(f"/admin/pages/{index.pk}/").content.decode()

    assert post_again_url(posted["ru"]) in html


def test_post_again_asks_first_then_posts_once_more(posted, editor, telegram_on, committing):
    client = client_for(editor)
    calls_before = len(telegram_on.calls)

    confirmation = client.get(post_again_url(posted["ru"]))
    assert confirmation.status_code == 200
    assert "@kafedra_ru" in confirmation.content.decode()
    assert len(telegram_on.calls) == calls_before

    with committing():
        response = client.post(post_again_url(posted["ru"]))

    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{posted['ru'].pk}/edit/"
    assert len(telegram_on.calls) == calls_before + 1
    assert telegram_on.calls[-1].fields["chat_id"] == "@kafedra_ru"
    kinds = ChannelPost.objects.filter(page=posted["ru"]).values_list("kind", "status")
    assert sorted(kinds) == [("publish", "sent"), ("repost", "sent")]


def test_post_again_needs_the_right_to_publish(posted, telegram_on):
    translator = client_for(make_user("tarjimon", role="translator-ru"))

    # Wagtail answers a refused admin view with a redirect to the dashboard.
    for response in (
        translator.get(post_again_url(posted["ru"])),
        translator.post(post_again_url(posted["ru"])),
    ):
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert ChannelPost.objects.filter(kind="repost").count() == 0


def test_post_again_needs_the_csrf_token(posted, editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)

    assert client.post(post_again_url(posted["ru"])).status_code == 403
    assert ChannelPost.objects.filter(kind="repost").count() == 0


def test_post_again_is_refused_for_a_private_page(posted, editor, telegram_on):
    PageViewRestriction.objects.create(page=posted["uz"], restriction_type="login")

    response = client_for(editor).post(post_again_url(posted["ru"]), follow=True)

    assert "The page is private." in response.content.decode()
    assert ChannelPost.objects.filter(kind="repost").count() == 0


def test_the_report_lists_the_posts_and_filters_them(posted, editor):
    client = client_for(editor)

    everything = client.get("/admin/telegram/posts/").content.decode()
    russian = client.get("/admin/telegram/posts/", {"language": "ru"}).content.decode()
    failed = client.get("/admin/telegram/posts/", {"status": "failed"}).content.decode()

    assert "Telegram posts" in everything
    assert posted["ru"].title in everything and posted["en"].title in everything
    assert posted["ru"].title in russian and posted["en"].title not in russian
    assert "https://t.me/kafedra_ru/1001" in russian
    assert posted["en"].title in failed and posted["ru"].title not in failed
    assert "400 Error 400" in failed


def test_the_report_is_in_the_reports_menu(editor):
    html = client_for(editor).get("/admin/").content.decode()

    assert "/admin/telegram/posts/" in html
