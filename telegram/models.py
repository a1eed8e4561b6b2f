"""The outbox: one row per post to a language's channel, written when the page is published.

The row is written in the publish's transaction and sent after it commits, so a slow or absent
Telegram never holds up or undoes a publish, and a post that could not be sent yet stays here to
be retried by the scheduler (telegram.outbox). Editors read these rows in the admin report.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class ChannelPost(models.Model):
    class Kind(models.TextChoices):
        PUBLISH = "publish", _("First publication")
        REPOST = "repost", _("Posted again")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        CANCELLED = "cancelled", _("Not sent")

    class Reason(models.TextChoices):
        """Why a page is not posted (then the post is cancelled, or "post again" refused)."""

        PAGE_TYPE = "page_type", _("Only news articles and event reports are posted.")
        NOT_LIVE = "not_live", _("The page is not published.")
        PRIVATE = "private", _("The page is private.")
        OPTED_OUT = "opted_out", _("The page is marked “Don't post to the Telegram channel”.")
        NO_CHANNEL = "no_channel", _("No Telegram channel is set up for this language.")

    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="telegram_posts",
        verbose_name=_("page"),
    )
    language = models.CharField(_("language"), max_length=16)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.PUBLISH)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    chat_id = models.CharField(_("channel"), max_length=64, blank=True)
    message_id = models.BigIntegerField(_("message id"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    reason = models.CharField(_("reason"), max_length=16, choices=Reason.choices, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("channel post")
        verbose_name_plural = _("channel posts")
        ordering = ["-created_at", "-pk"]
        constraints = [
            # However often a page is republished, it goes to its channel once; an editor's
            # "post again" adds a repost row, which this does not limit.
            models.UniqueConstraint(
                fields=["page", "language"],
                condition=Q(kind="publish"),
                name="telegram_one_publish_post_per_page_and_language",
            )
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="telegram_due_idx")]

    def __str__(self):
        return f"{self.page_id} [{self.language}] {self.kind}: {self.status}"

    @property
    def message_url(self):
        """The post's address in a public channel (@name); private channels have none."""
        if self.message_id and self.chat_id.startswith("@"):
            return f"https://t.me/{self.chat_id[1:]}/{self.message_id}"
        return ""
