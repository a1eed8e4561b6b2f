from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every app of the site uses: caches, routing, privacy, i18n, listings, HTTP plumbing
    and the operations commands. It imports no app of the site; they register with it."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "core"
    verbose_name = _("Site core")

    def ready(self):
        from core import frontend_cache, invalidation  # noqa: F401 - connects purge receivers

        invalidation.connect_signals()
