"""Which URL each language has for the page being shown: the switcher and hreflang links."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Page, Site


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    # False when this page has no live translation in the language and the link goes to
    # that language's home instead.
    has_translation: bool


def locale_homes(request):
    """The live home page of each locale of the request's site, keyed by language code."""
    cached = getattr(request, "_locale_homes", None)
    if cached is not None:
        return cached
    site = Site.find_for_request(request)
    homes = {}
    if site is not None:
        translations = (
            Page.objects.filter(translation_key=site.root_page.translation_key)
            .live()
            .select_related("locale")
        )
        homes = {page.locale.language_code: page for page in translations}
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
        translations = (
            Page.objects.filter(translation_key=page.translation_key)
            .live()
            .select_related("locale")
        )
        cached = {translation.locale.language_code: translation for translation in translations}
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
    current = get_language()
    translations = live_translations(page)
    homes = locale_homes(request) if len(translations) < len(settings.LANGUAGES) else {}
    links = []
    for code, name in settings.LANGUAGES:
        target = translations.get(code)
        url = target.get_url(request) if target else None
        if url is None and page is None:
            url = same_view_url(request, code)
        if url is None and code in homes:
            url = homes[code].get_url(request)
        links.append(
            LanguageLink(
                code=code,
                name=name,
                url=url or f"/{code}/",
                is_current=code == current,
                has_translation=target is not None or page is None,
            )
        )
    return links


def alternate_links(request, page):
    """hreflang alternates: one per live translation, plus x-default (the default language)."""
    translations = live_translations(page)
    # Absolute URLs on the host the request came to (validated by ALLOWED_HOSTS), so they are
    # right behind any proxy without keeping the Site record's hostname in step.
    alternates = [
        (code, request.build_absolute_uri(translations[code].get_url(request)))
        for code, _name in settings.LANGUAGES
        if code in translations
    ]
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
