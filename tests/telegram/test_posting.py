"""What goes to the channels when a page goes live — published, approved in moderation or by the
scheduler: the right channel per language, the post's content and escaping, nothing for drafts,
private or "don't post" pages or a rolled-back publish, one post however often a page is
republished, no request at all without a token, and the sending off the publishing thread."""

import datetime
import threading

from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction

import pytest

from news.models import NewsIndexPage
from telegram import sending
from telegram.models import ChannelPost
from tests.factories import NewsArticlePageFactory
from tests.telegram.conftest import CHANNELS, TOKEN
from tests.translations.accounts import client_for, make_user

pytestmark = pytest.mark.django_db

JPEG_START = b"\xff\xd8"


@pytest.fixture
def news_uz(locales):
    return NewsIndexPage.objects.get(locale=locales["uz"])


def test_each_translation_goes_to_its_languages_channel(sechenov, telegram_on, publish):
    for language in ("uz", "ru", "en"):
        publish(sechenov[language])

    calls = telegram_on.calls
    assert [call.fields["chat_id"] for call in calls] == [CHANNELS[code] for code in CHANNELS]
    assert {call.token for call in calls} == {TOKEN}
    for call, language in zip(calls, ("uz", "ru", "en"), strict=True):
        page = sechenov[language]
        assert call.method == "sendPhoto"
        assert call.fields["parse_mode"] == "HTML"
        assert call.files["photo"][1].startswith(JPEG_START)
        assert f"<b>{page.title}</b>" in call.text
        assert f'<a href="{page.full_url}">' in call.text
    assert "5–10 June 2023" in calls[2].text
    assert "Moscow, Russia" in calls[2].text
    assert "Москва, Россия" in calls[1].text
    assert "📅 2023\u2011yil 5–10\u2011iyun\n📍 Moskva, Rossiya" in calls[0].text
    posts = ChannelPost.objects.filter(page__in=[page.pk for page in sechenov.values()])
    assert sorted(posts.values_list("language", "status", "chat_id")) == [
        ("en", "sent", "@kafedra_en"),
        ("ru", "sent", "@kafedra_ru"),
        ("uz", "sent", "@kafedra_uz"),
    ]
    assert all(post.message_id and post.sent_at for post in posts)


def test_a_page_without_an_image_goes_as_a_text_message(news_uz, telegram_on, committing):
    with committing():
        page = NewsArticlePageFactory(parent=news_uz, title="Seminar yakunlari")

    (call,) = telegram_on.calls
    assert call.method == "sendMessage"
    assert call.fields["chat_id"] == "@kafedra_uz"
    assert call.text.startswith("<b>Seminar yakunlari</b>")
    assert call.text.endswith(f'<a href="{page.full_url}">Saytda oʻqing</a>')


def test_markup_characters_are_escaped_and_uzbek_apostrophes_kept(news_uz, telegram_on, publish):
    page = NewsArticlePageFactory(
        parent=news_uz, title="Oʻgʻil <va> qiz & maʼruza 'bahor'", draft=True
    )
    page.summary = "Kafedra <b>yangi</b> oʻquv yili & taʼlim: «1 < 2»."

    publish(page)

    (call,) = telegram_on.calls
    assert "<b>Oʻgʻil &lt;va&gt; qiz &amp; maʼruza 'bahor'</b>" in call.text
    assert "Kafedra &lt;b&gt;yangi&lt;/b&gt; oʻquv yili &amp; taʼlim: «1 &lt; 2»." in call.text
    assert "&#x27;" not in call.text


def test_a_draft_is_not_posted(news_uz, telegram_on, committing):
    with committing():
        page = NewsArticlePageFactory(parent=news_uz, title="Qoralama", draft=True)

    assert not page.live
    assert telegram_on.calls == []
    assert not ChannelPost.objects.filter(page=page).exists()


def test_a_scheduled_page_is_posted_when_the_scheduler_publishes_it(
    news_uz, telegram_on, committing
):
    page = NewsArticlePageFactory(parent=news_uz, title="Rejadagi yangilik", draft=True)
    page.go_live_at = timezone.now() + datetime.timedelta(minutes=5)
    # "Publish" with a go-live time in the future only schedules: the page is not live yet.
    with committing():
        page.save_revision().publish()
    assert telegram_on.calls == []
    assert not ChannelPost.objects.filter(page=page).exists()

    # Time passes: the go-live time of the approved revision is now behind us.
    due = timezone.now() - datetime.timedelta(minutes=1)
    page.go_live_at = due
    page.save_revision(approved_go_live_at=due)
    with committing():
        call_command("run_scheduler", "--once")

    page.refresh_from_db()
    assert page.live
    assert [call.text.split("\n")[0] for call in telegram_on.calls] == ["<b>Rejadagi yangilik</b>"]


def test_a_page_approved_in_moderation_is_posted(news_uz, telegram_on, committing):
    page = NewsArticlePageFactory(parent=news_uz, title="Moderatsiyadan oʻtdi", draft=True)
    page.get_workflow().start(page, make_user("muharrir", "editor"))
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]
    )

    with committing():
        response = client_for(make_user("moderator", "moderator")).post(approve, {"comment": ""})

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    assert len(telegram_on.calls) == 1
    assert ChannelPost.objects.get(page=page).status == "sent"


def test_a_publish_that_is_rolled_back_leaves_no_post(sechenov, telegram_on, committing):
    with committing(), pytest.raises(RuntimeError), transaction.atomic():
        sechenov["uz"].save_revision().publish()
        assert ChannelPost.objects.filter(page=sechenov["uz"]).exists()
        raise RuntimeError("the publish fails after the post was queued")

    assert not ChannelPost.objects.exists()
    assert telegram_on.calls == []


def test_sending_runs_in_a_thread_of_its_own(settings, monkeypatch):
    settings.TELEGRAM_SEND_IN_BACKGROUND = True
    senders = []
    monkeypatch.setattr(
        sending, "send_posts", lambda pks: senders.append((pks, threading.current_thread()))
    )

    thread = sending.send_soon([7])
    sending.wait_for_background()

    assert not thread.is_alive()
    assert senders == [([7], thread)]
    assert thread is not threading.current_thread() and thread.daemon


def test_a_restriction_on_the_uzbek_page_keeps_every_translation_out(
    sechenov, telegram_on, publish
):
    PageViewRestriction.objects.create(
        page=sechenov["uz"], restriction_type=PageViewRestriction.PASSWORD, password="x"
    )

    publish(sechenov["ru"])
    publish(sechenov["uz"])

    assert telegram_on.calls == []
    assert not ChannelPost.objects.filter(page__in=[sechenov["ru"], sechenov["uz"]]).exists()


def test_dont_post_on_the_source_keeps_its_translations_out_too(sechenov, telegram_on, publish):
    sechenov["uz"].no_channel_post = True
    publish(sechenov["uz"])
    publish(sechenov["ru"])

    assert telegram_on.calls == []
    assert not ChannelPost.objects.exists()


def test_three_republishes_make_one_post(sechenov, telegram_on, publish):
    for _ in range(3):
        publish(sechenov["ru"])

    assert len(telegram_on.calls) == 1
    assert ChannelPost.objects.get(page=sechenov["ru"]).status == "sent"


def test_a_page_unpublished_before_its_post_is_sent_is_not_posted(sechenov, telegram_on, publish):
    telegram_on.fail_next("500")
    publish(sechenov["en"])
    post = ChannelPost.objects.get(page=sechenov["en"])
    assert post.status == "pending"

    sechenov["en"].unpublish()
    sending.send_due(now=post.next_attempt_at)

    post.refresh_from_db()
    assert post.status == "cancelled"
    assert post.reason == "not_live"
    assert len(telegram_on.calls) == 1


def test_without_a_token_nothing_is_queued_or_requested(sechenov, settings, bot_api, publish):
    settings.TELEGRAM_API_URL = bot_api.url
    settings.TELEGRAM_CHANNEL_UZ = "@kafedra_uz"

    publish(sechenov["uz"])
    sending.send_due()

    assert bot_api.calls == []
    assert not ChannelPost.objects.exists()


def test_a_language_without_a_channel_is_not_posted(sechenov, telegram_on, settings, publish):
    settings.TELEGRAM_CHANNEL_EN = ""

    publish(sechenov["en"])
    publish(sechenov["ru"])

    assert [call.fields["chat_id"] for call in telegram_on.calls] == ["@kafedra_ru"]
