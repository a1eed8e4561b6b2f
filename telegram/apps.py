from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TelegramConfig(AppConfig):
    """Posts each published news article and event report to the department's Telegram
    channel of its language."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "telegram"
    verbose_name = _("Telegram channels")

    def ready(self):
        from wagtail.signals import page_published

        from core.periodic import register_periodic_job
        from telegram import bot, outbox, sending

        page_published.connect(outbox.on_page_published, dispatch_uid="telegram-channel-post")
        # core runs the scheduler but may not import telegram: the retry job registers itself.
        register_periodic_job(sending.periodic_job)
        bot.install_token_filter()
