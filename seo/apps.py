from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SeoConfig(AppConfig):
    """What search engines and link previews read: the sitemap, robots.txt, hreflang,
    Open Graph tags and schema.org structured data."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "seo"
    verbose_name = _("Search engines and link previews")
