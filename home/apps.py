from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The site's core: home page, shared blocks and snippets, template tags, demo content."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "home"
    verbose_name = _("Site core")

    def ready(self):
        from home import frontend_cache, invalidation  # noqa: F401 - connects purge receivers

        invalidation.connect_signals()
