"""When Telegram is unavailable: publishing still succeeds, the post waits in the outbox, and the
retry job sends it later — after Telegram's retry_after for a 429, after an exponential back-off
for a dropped connection or a server down — driven here with a clock the test controls. Also: a
post is never sent twice at once, errors are stored and logged without the bot token."""

import datetime
import logging

from django.core.management import call_command

import pytest

from telegram import sending
from telegram.models import ChannelPost
from tests.telegram.conftest import TOKEN
from tests.telegram.fake_bot_api import down_url

pytestmark = pytest.mark.django_db

SECOND = datetime.timedelta(seconds=1)


def post_of(page):
    return ChannelPost.objects.get(page=page)


def waited(post, expected):
    """Whether the post's next attempt is `expected` after its failed one (saved a moment
    after the attempt started)."""
    return abs(post.next_attempt_at - post.updated_at - expected) < SECOND


def test_a_429_is_retried_after_telegrams_retry_after(sechenov, telegram_on, publish):
    telegram_on.fail_next("429", retry_after=30)
    publish(sechenov["uz"])
    post = post_of(sechenov["uz"])
    assert (post.status, post.attempts) == ("pending", 1)
    assert post.last_error == "429 Error 429"
    assert waited(post, 30 * SECOND)

    assert sending.send_due(now=post.next_attempt_at - SECOND) == 0
    assert sending.send_due(now=post.next_attempt_at) == 1

    post.refresh_from_db()
    assert (post.status, post.attempts, post.message_id) == ("sent", 2, 1001)
    assert len(telegram_on.calls) == 2


def test_a_dropped_connection_is_retried_with_growing_waits(sechenov, telegram_on, publish):
    telegram_on.fail_next("drop")
    telegram_on.fail_next("drop")
    publish(sechenov["ru"])
    post = post_of(sechenov["ru"])
    assert post.last_error.startswith("ConnectionError")
    assert waited(post, sending.back_off(1))

    second_try = post.next_attempt_at
    sending.send_due(now=second_try)
    post.refresh_from_db()
    assert (post.status, post.attempts) == ("pending", 2)
    assert post.next_attempt_at == second_try + sending.back_off(2)
    assert sending.back_off(2) == 2 * sending.back_off(1)

    sending.send_due(now=post.next_attempt_at)
    post.refresh_from_db()
    assert post.status == "sent"
    assert len(telegram_on.calls) == 3


def test_publishing_succeeds_while_telegram_is_down(sechenov, telegram_on, settings, publish):
    settings.TELEGRAM_API_URL = down_url()

    page = publish(sechenov["en"])

    assert page.live
    post = post_of(page)
    assert post.status == "pending"
    assert post.last_error == "ConnectionError: the connection to the Bot API failed"

    settings.TELEGRAM_API_URL = telegram_on.url
    sending.send_due(now=post.next_attempt_at)
    post.refresh_from_db()
    assert post.status == "sent"


def test_a_refused_post_fails_at_once(sechenov, telegram_on, publish):
    telegram_on.fail_next("400")

    publish(sechenov["uz"])

    post = post_of(sechenov["uz"])
    assert (post.status, post.attempts, post.next_attempt_at) == ("failed", 1, None)
    assert post.last_error == "400 Error 400"


def test_after_the_last_attempt_the_post_fails(sechenov, telegram_on, publish):
    for _ in range(sending.MAX_ATTEMPTS):
        telegram_on.fail_next("502")
    publish(sechenov["uz"])
    post = post_of(sechenov["uz"])

    while post.status == "pending":
        sending.send_due(now=post.next_attempt_at)
        post.refresh_from_db()

    assert (post.status, post.attempts) == ("failed", sending.MAX_ATTEMPTS)
    assert len(telegram_on.calls) == sending.MAX_ATTEMPTS


def test_a_post_is_claimed_by_one_sender_only(sechenov, telegram_on, publish):
    telegram_on.fail_next("500")
    publish(sechenov["uz"])
    post = post_of(sechenov["uz"])

    assert sending.claim(post.pk, post.next_attempt_at) is not None
    assert sending.claim(post.pk, post.next_attempt_at) is None
    assert sending.claim(post.pk, post.next_attempt_at + sending.LEASE) is not None


def test_the_scheduler_sends_what_is_due(sechenov, telegram_on, publish):
    telegram_on.fail_next("429", retry_after=1)
    publish(sechenov["uz"])
    ChannelPost.objects.update(next_attempt_at=post_of(sechenov["uz"]).created_at)

    call_command("run_scheduler", "--once")

    assert post_of(sechenov["uz"]).status == "sent"


def test_the_command_sends_what_is_due(sechenov, telegram_on, publish, capsys):
    telegram_on.fail_next("500")
    publish(sechenov["ru"])
    ChannelPost.objects.update(next_attempt_at=post_of(sechenov["ru"]).created_at)

    call_command("send_channel_posts")

    assert post_of(sechenov["ru"]).status == "sent"
    assert "1 post(s) sent." in capsys.readouterr().out


def test_the_token_is_in_no_log_line(sechenov, telegram_on, settings, publish, caplog):
    settings.TELEGRAM_API_URL = down_url()

    with caplog.at_level(logging.DEBUG):
        publish(sechenov["uz"])
        settings.TELEGRAM_API_URL = telegram_on.url
        sending.send_due(now=post_of(sechenov["uz"]).next_attempt_at)

    assert "retrying in 60 s: ConnectionError" in caplog.text
    assert "/bot[token]/" in caplog.text
    assert "posted to the uz channel" in caplog.text
    assert "sendMessage" in caplog.text or "sendPhoto" in caplog.text
    assert TOKEN not in caplog.text
