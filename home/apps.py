from django.conf import settings
from django.utils.translation import gettext_lazy as _

from core import content_apps


class HomeConfig(content_apps.ContentAppConfig):
    """The home page, general content pages, the shared blocks and the translatable snippets
    (people, topics, contacts and footer)."""

    name = "home"
    verbose_name = _("Home and shared content")

    def ready(self):
        from core.scripts import register_protected_terms
        from home.models import SiteDetails

        def protected_terms(request):
            # The record the footer of an Uzbek page has already read (kept on the request).
            details = SiteDetails.for_request(request, settings.LANGUAGE_CODE)
            return details.protected_term_list if details else ()

        register_protected_terms(protected_terms)
