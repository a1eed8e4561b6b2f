from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TelegramConfig(AppConfig):
    """Posts each published news article and event report to the department's Telegram
    channel of its language."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "telegram"
    verbose_name = _("Telegram channels")
