"""Sending the outbox: right after the publish commits, in a background thread, and again from
the scheduler's periodic job for whatever is due.

Why a thread and not django-tasks: the project configures no task backend, and django-tasks'
default backend runs a task immediately, inside the request. A daemon thread started from
`transaction.on_commit` lets the editor's request return at once; if the process dies first, the
row is still pending and the scheduler sends it.

A post is claimed before it is sent: one conditional UPDATE moves its `next_attempt_at` a lease
ahead and counts the attempt, so the thread and the scheduler (or two schedulers) never send the
same row at once, and a sender that died mid-way leaves a row that is due again after the lease.
Network errors, 429 and 5xx are retried with exponential back-off (429: after Telegram's
`retry_after`); other errors, or too many attempts, leave the post failed for editors to see.
"""

import logging
import os
import threading
from datetime import timedelta

from django.db import connection
from django.db.models import F
from django.utils import timezone

from telegram import bot, conf, rules
from telegram.message import CAPTION_LIMIT, MESSAGE_LIMIT, post_text
from telegram.models import ChannelPost

logger = logging.getLogger(__name__)

Status = ChannelPost.Status
FIRST_RETRY = timedelta(minutes=1)
LONGEST_WAIT = timedelta(hours=4)
MAX_ATTEMPTS = 10
LEASE = timedelta(minutes=5)
BATCH = 50
# Telegram takes photos up to 10 MB and 10,000 px (width + height); this stays well inside.
RENDITION = "max-1280x1280|format-jpeg|jpegquality-85"

_threads = set()
_threads_lock = threading.Lock()


def back_off(attempts):
    """The wait after the `attempts`-th failed attempt: 1, 2, 4, … minutes, at most 4 hours."""
    return min(FIRST_RETRY * 2 ** max(attempts - 1, 0), LONGEST_WAIT)


def claim(pk, now):
    """The post `pk` if it is due and this caller won it, else None."""
    won = ChannelPost.objects.filter(pk=pk, status=Status.PENDING, next_attempt_at__lte=now).update(
        next_attempt_at=now + LEASE, attempts=F("attempts") + 1, updated_at=now
    )
    return ChannelPost.objects.select_related("page").get(pk=pk) if won else None


def send_posts(pks, now=None):
    """Send those of the posts `pks` that are due; the number sent."""
    now = now or timezone.now()
    sent = 0
    for pk in pks:
        post = claim(pk, now)
        if post is None:
            continue
        try:
            sent += deliver(post, now)
        except Exception:
            logger.exception("Telegram: post %s failed unexpectedly.", pk)
            record_failure(post, bot.BotAPIError("unexpected error (see the logs)", True), now)
    return sent


def send_due(now=None):
    """Send every post whose time has come (the scheduler's job, `send_channel_posts`)."""
    if not conf.bot_token():
        return 0
    now = now or timezone.now()
    due = ChannelPost.objects.filter(status=Status.PENDING, next_attempt_at__lte=now)
    pks = list(due.order_by("next_attempt_at").values_list("pk", flat=True)[:BATCH])
    return send_posts(pks, now)


def periodic_job():
    """Registered with core.periodic: let this process's threads finish, then send what is due."""
    wait_for_background()
    send_due()


def deliver(post, now):
    """Send one claimed post and record the outcome; 1 if it went out, else 0."""
    page = post.page.specific
    reason = rules.why_not_posted(page)
    if reason:
        cancel(post, reason)
        return 0
    chat_id = conf.channel_for(post.language)
    try:
        result = post_page(page, chat_id)
    except bot.BotAPIError as error:
        record_failure(post, error, now)
        return 0
    post.status, post.chat_id, post.sent_at = Status.SENT, chat_id, now
    post.message_id = result.get("message_id")
    post.next_attempt_at, post.last_error = None, ""
    post.save()
    logger.info(
        "Telegram: page %s posted to the %s channel (message %s).",
        page.pk,
        post.language,
        post.message_id,
    )
    return 1


def post_page(page, chat_id):
    """One Bot API call: the hero image with a caption, or a text message without one."""
    text = post_text(page)
    rendition = hero_rendition(page)
    if rendition is None:
        return bot.send_message(chat_id, text.html(MESSAGE_LIMIT))
    with rendition.file.open("rb") as image:
        photo = (os.path.basename(rendition.file.name), image, "image/jpeg")
        return bot.send_photo(chat_id, text.html(CAPTION_LIMIT), photo)


def hero_rendition(page):
    if page.hero_image is None:
        return None
    try:
        return page.hero_image.get_rendition(RENDITION)
    except Exception:
        # A missing or broken original: the post goes out without its picture.
        logger.warning("Telegram: no rendition of the image of page %s.", page.pk, exc_info=True)
        return None


def cancel(post, reason):
    post.status, post.reason, post.next_attempt_at = Status.CANCELLED, reason, None
    post.save()
    logger.info("Telegram: post %s of page %s not sent: %s.", post.pk, post.page_id, reason)


def record_failure(post, error, now):
    post.last_error = error.description[:1000]
    if error.transient and post.attempts < MAX_ATTEMPTS:
        # After a 429, Telegram says how long to wait.
        wait = back_off(post.attempts)
        if error.retry_after:
            wait = timedelta(seconds=error.retry_after)
        post.next_attempt_at = now + wait
        logger.warning(
            "Telegram: post %s (page %s, %s) not sent on attempt %s, retrying in %s s: %s",
            post.pk,
            post.page_id,
            post.language,
            post.attempts,
            int(wait.total_seconds()),
            error.detail,
        )
    else:
        post.status, post.next_attempt_at = Status.FAILED, None
        logger.error(
            "Telegram: post %s (page %s, %s) failed after %s attempts: %s",
            post.pk,
            post.page_id,
            post.language,
            post.attempts,
            error.detail,
        )
    post.save()


def send_soon(pks):
    """Send the posts `pks` now: in a daemon thread, or right here when configured so (tests)."""
    if not conf.send_in_background():
        send_posts(pks)
        return None
    thread = threading.Thread(
        target=_send_in_background, args=(list(pks),), name="telegram-send", daemon=True
    )
    with _threads_lock:
        _threads.add(thread)
    thread.start()
    return thread


def _send_in_background(pks):
    try:
        send_posts(pks)
    except Exception:
        logger.exception("Telegram: sending failed; the scheduler will try again.")
    finally:
        # The thread's own connection, which nothing else would close.
        connection.close()
        with _threads_lock:
            _threads.discard(threading.current_thread())


def wait_for_background(timeout=120):
    """Join this process's sending threads (the scheduler may exit right after its pass)."""
    with _threads_lock:
        threads = list(_threads)
    for thread in threads:
        thread.join(timeout)
