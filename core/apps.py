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

        from core.rendition_cache import share_filter_operations

        share_filter_operations()

        from django.apps import apps
        from django.db.models.signals import post_migrate

        from core.site_url import sync_site_after_migrate

        # The Site record's host and port follow SITE_URL on every migrate (core.site_url). Sent
        # once per app with models: core has none, Wagtail's core app (the Site model's) has.
        post_migrate.connect(sync_site_after_migrate, sender=apps.get_app_config("wagtailcore"))

        from django.contrib.auth import get_user_model
        from django.db.models.signals import post_save

        from core.admin_language import give_new_users_the_default_admin_language

        post_save.connect(
            give_new_users_the_default_admin_language,
            sender=get_user_model(),
            dispatch_uid="core.admin_language.new_users",
        )
