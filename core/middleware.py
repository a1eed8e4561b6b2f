from django.middleware.locale import LocaleMiddleware
from django.utils.translation import get_language

# URLs that live outside the language prefix: a 404 there is final, not a cue to try /uz/….
UNPREFIXED_PATHS = ("/admin/", "/api/", "/documents/", "/static/", "/media/")


class SiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus its redirect of unprefixed 404s for the paths above."""

    def process_response(self, request, response):
        if request.path_info.startswith(UNPREFIXED_PATHS):
            response.headers.setdefault("Content-Language", get_language())
            return response
        return super().process_response(request, response)
