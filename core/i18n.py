"""Languages in URLs: which language a request is in (the /uz/, /ru/, /en/ prefix), and which URL
each language has for the page being shown (the switcher and hreflang links)."""

import re
from dataclasses import dataclass

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Page, Site

from core.privacy import is_public, public_pages
from core.scripts import with_script_variants
from core.structure_cache import remember

# URLs that live outside the language prefix: a 404 there is final, not a cue to try /uz/….
UNPREFIXED_PATHS = ("/admin/", "/api/", "/documents/", "/static/", "/media/")


class SiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus its redirect of unprefixed 404s for the paths above."""

    def process_response(self, request, response):
        if request.path_info.startswith(UNPREFIXED_PATHS):
            response.headers.setdefault("Content-Language", get_language())
            return response
        return super().process_response(request, response)


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    # None when the page has no live translation in the language: the switcher shows the
    # language disabled rather than sending the reader somewhere else.
    url: str | None
    is_current: bool
    has_translation: bool


def _live_by_language(page):
    translations = (
        Page.objects.filter(translation_key=page.translation_key).live().select_related("locale")
    )
    return {translation.locale.language_code: translation for translation in translations}


def locale_homes(request):
    """The live home page of each locale of the request's site, keyed by language code."""
    cached = getattr(request, "_locale_homes", None)
    if cached is not None:
        return cached
    site = Site.find_for_request(request)
    homes = {}
    if site is not None:
        homes = remember(
            "live-translations",
            (site.root_page.translation_key,),
            lambda: _live_by_language(site.root_page),
        )
    request._locale_homes = homes
    return homes


def live_translations(page):
    """The live versions of `page` in every locale (itself included), keyed by language code.

    Memoised on the page: the switcher and the hreflang links both need it.
    """
    if page is None or not getattr(page, "translation_key", None):
        return {}
    cached = getattr(page, "_live_translations", None)
    if cached is None:
        cached = remember(
            "live-translations", (page.translation_key,), lambda: _live_by_language(page)
        )
        page._live_translations = cached
    return cached


def same_view_url(request, language):
    """This request's URL in `language` for our own views (search), else None.

    Wagtail pages are matched through their translations instead, and a 404 has no
    counterpart worth linking to.
    """
    match = getattr(request, "resolver_match", None)
    if match is None or match.url_name in (None, "wagtail_serve"):
        return None
    url = translate_url(request.get_full_path(), language)
    return url if url != request.get_full_path() or language == get_language() else None


def language_links(request, page=None):
    """One link per language, in the order of LANGUAGES, for the language switcher.

    For a page: its live translation, or no URL where there is none. For our own views
    (search): the same view in the other language. For a 404: the page at the same path in
    the other languages' trees if it is there, else that language's home.
    """
    current = get_language()
    if page is not None:
        translations = live_translations(page)
        if is_public(page):
            # A reader of a public page is offered only public translations; one who has passed
            # a restriction may switch between the translations it covers (core.privacy).
            shown = {translation.pk for translation in public_pages(translations.values())}
            translations = {code: t for code, t in translations.items() if t.pk in shown}
        links = []
        for code, name in settings.LANGUAGES:
            target = translations.get(code)
            if target is None and code == current:
                # A preview or a draft being viewed: the current language is the page itself.
                target = page
            links.append(
                LanguageLink(
                    code=code,
                    name=name,
                    url=target.get_url(request) if target else None,
                    is_current=code == current,
                    has_translation=target is not None,
                )
            )
        return links
    links = []
    for code, name in settings.LANGUAGES:
        url = same_view_url(request, code)
        if url is None:
            url = pages_at_same_path(request).get(code)
        if url is None:
            home = locale_homes(request).get(code)
            url = home.get_url(request) if home else None
        links.append(
            LanguageLink(
                code=code,
                name=name,
                url=url or f"/{code}/",
                is_current=code == current,
                has_translation=True,
            )
        )
    return links


# A path segment Wagtail could have made from a slug; anything else cannot be a page.
SLUG_SEGMENT = re.compile(r"[-\w]{1,255}")
MAX_DEPTH = 12


def pages_at_same_path(request):
    """For a URL under /<language>/ that has no page: the URLs of the live, public pages at the
    same path in the other languages, keyed by language code (memoised on the request).

    Child slugs are the same in every language (the Uzbek key), so /en/news/x/ and /ru/news/x/
    are translations of each other. Costs a few queries, and none for a path that cannot be a
    page.
    """
    cached = getattr(request, "_pages_at_same_path", None)
    if cached is not None:
        return cached
    found = {}
    request._pages_at_same_path = found
    language, _slash, rest = request.path_info.lstrip("/").partition("/")
    segments = [segment for segment in rest.split("/") if segment]
    codes = {code for code, _name in settings.LANGUAGES}
    if (
        language not in codes
        or not segments
        or len(segments) > MAX_DEPTH
        or not all(SLUG_SEGMENT.fullmatch(segment) for segment in segments)
    ):
        return found
    paths = {
        f"{home.url_path}{'/'.join(segments)}/": code
        for code, home in locale_homes(request).items()
        if code != language
    }
    if not paths:
        return found
    pages = Page.objects.filter(url_path__in=paths).live().select_related("locale")
    for page in public_pages(pages):
        url = page.get_url(request)
        if url:
            found[paths[page.url_path]] = url
    return found


def other_language_links(request):
    """For a 404: links to the page at the same path in the languages where it is live."""
    found = pages_at_same_path(request)
    return [
        LanguageLink(code=code, name=name, url=found[code], is_current=False, has_translation=True)
        for code, name in settings.LANGUAGES
        if code in found
    ]


def alternate_links(request, page):
    """hreflang alternates: one per live translation (the Uzbek one in each of today's scripts,
    core.scripts), plus x-default (the default language)."""
    translations = live_translations(page)
    # Absolute URLs on the host the request came to (validated by ALLOWED_HOSTS), so they are
    # right behind any proxy without keeping the Site record's hostname in step.
    alternates = [
        (code, request.build_absolute_uri(translations[code].get_url(request)))
        for code, _name in settings.LANGUAGES
        if code in translations
    ]
    alternates = with_script_variants(alternates, request)
    default = translations.get(settings.LANGUAGE_CODE)
    if default is not None:
        alternates.append(("x-default", request.build_absolute_uri(default.get_url(request))))
    return alternates


def localize_all(objects, locale_id):
    """Each of `objects` in the locale `locale_id`, in one query per model.

    Links between pages and snippets are synchronised between translations, so a Russian page
    may point at the Uzbek partner; readers must see the Russian one. An object that has no
    (live) translation in the locale stays as it is.
    """
    objects = [obj for obj in objects if obj is not None]
    by_model = {}
    for obj in objects:
        if obj.locale_id != locale_id:
            by_model.setdefault(type(obj), set()).add(obj.translation_key)
    translations = {}
    for model, keys in by_model.items():
        queryset = model._default_manager.filter(locale_id=locale_id, translation_key__in=keys)
        if issubclass(model, Page):
            queryset = queryset.live()
        translations.update({(model, obj.translation_key): obj for obj in queryset})
    return [translations.get((type(obj), obj.translation_key), obj) for obj in objects]
