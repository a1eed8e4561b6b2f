from django.utils.translation import gettext_lazy as _

from core import content_apps


class HomeConfig(content_apps.ContentAppConfig):
    """The home page, general content pages, the shared blocks and the translatable snippets
    (people, topics, contacts and footer)."""

    name = "home"
    verbose_name = _("Home and shared content")
