from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """The translators' desk: roles, the review workflow, translation status and link checks.

    A concern of its own: it spans every content app (news, events, partners, home) and works
    only in the admin, on top of wagtail-localize.
    """

    default_auto_field = "django.db.models.BigAutoField"
    name = "translations"
    verbose_name = _("Translations")

    def ready(self):
        # Roles: permissions and the Review workflow follow new home and section pages.
        # The review hooks and the checked PO upload register themselves on import.
        from . import editing, po_upload, workflow  # noqa: F401
        from .roles import connect_signals

        connect_signals()
