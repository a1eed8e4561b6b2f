"""Writing the outbox: a row when a page goes live, another when an editor posts it again.

Wagtail sends `page_published` for every way a page goes live — the editor's "Publish", the
approval that ends a moderation workflow, and `publish_scheduled` at the go-live time — and also
when a publish is only scheduled (the page is not live yet: nothing is queued then). The row is
written inside the publish's transaction; the sending starts once it commits
(telegram.sending). Any error here is logged and swallowed: publishing must never fail because
of a channel post.
"""

import logging

from django.db import transaction
from django.utils import timezone

from telegram import rules, sending
from telegram.models import ChannelPost

logger = logging.getLogger(__name__)

Status = ChannelPost.Status
# A post that was never sent goes out when the page is published again.
REARMED = (Status.FAILED, Status.CANCELLED)


def queue_publish_post(page):
    """The outbox row to send for `page` going live, or None (not to be posted, or it already
    was: one post per page and language)."""
    if rules.why_not_posted(page):
        return None
    post, created = ChannelPost.objects.get_or_create(
        page=page,
        language=page.locale.language_code,
        kind=ChannelPost.Kind.PUBLISH,
        defaults={"next_attempt_at": timezone.now()},
    )
    if created:
        return post
    if post.status in REARMED:
        rearm(post)
        return post
    return None


def rearm(post):
    post.status = Status.PENDING
    post.attempts = 0
    post.next_attempt_at = timezone.now()
    post.reason = ""
    post.last_error = ""
    post.save()


def queue_repost(page):
    """A new row posting `page` once more (the editor's "post again"); the caller checks first
    that the page may be posted."""
    post = ChannelPost.objects.create(
        page=page,
        language=page.locale.language_code,
        kind=ChannelPost.Kind.REPOST,
        next_attempt_at=timezone.now(),
    )
    send_after_commit(post)
    return post


def send_after_commit(post):
    pk = post.pk
    # robust: a failure to start sending is logged, never raised into the committed publish.
    transaction.on_commit(lambda: sending.send_soon([pk]), robust=True)


def on_page_published(sender, instance, **kwargs):
    if not rules.is_posted_type(instance):
        return
    try:
        # A savepoint: a failed write here leaves the publish's own transaction usable.
        with transaction.atomic():
            post = queue_publish_post(instance)
            if post is not None:
                send_after_commit(post)
    except Exception:
        logger.exception("Telegram: could not queue the post of page %s.", instance.pk)
