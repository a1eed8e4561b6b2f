"""The site's frame in every language: the home of the language shown, the URLs of its
sections, the main menu, the footer."""

from django import template
from django.apps import apps
from django.utils.translation import get_language

from wagtail.models import Site

from core.i18n import locale_homes
from core.privacy import public
from core.structure_cache import remember
from core.templatetags.locale_tags import as_page
from home.models import SiteDetails

register = template.Library()


@register.simple_tag(takes_context=True)
def current_home(context):
    """The home page of the language being shown (falls back to the site's root page)."""
    request = context["request"]
    homes = locale_homes(request)
    language = context.get("LANGUAGE_CODE")
    if language in homes:
        return homes[language]
    site = Site.find_for_request(request)
    return site.root_page if site else None


def _live_sections(request, home):
    """{"app_label.model": URL} of the live pages right under `home`, the first of each type."""
    urls = {}
    for child in home.get_children().live().select_related("content_type").order_by("path"):
        label = f"{child.content_type.app_label}.{child.content_type.model}"
        urls.setdefault(label, child.get_url(request))
    return urls


def section_urls(request, home):
    """Where each section of `home` is: URL strings, kept in the structure cache.

    A renamed or moved section starts a new content generation, so links follow it. Memoised on
    the request: a template may ask for any number of sections for one cache read.
    """
    memo = getattr(request, "_section_urls", None)
    if memo is None:
        memo = request._section_urls = {}
    if home.pk not in memo:
        memo[home.pk] = remember("section-urls", (home.pk,), lambda: _live_sections(request, home))
    return memo[home.pk]


@register.simple_tag(takes_context=True)
def section_url(context, model):
    """The URL of the live section page of type `model` ("news.NewsIndexPage") under the home of
    the language shown; "" when there is none, so templates can leave the link out.

    The type is named, not imported: home sits below the apps that define the sections.
    """
    label = apps.get_model(model)._meta.label_lower
    home = current_home(context)
    if home is None:
        return ""
    return section_urls(context["request"], home).get(label, "")


def aria_current(item, current_path):
    if current_path == item.path:
        return "page"
    return "true" if current_path.startswith(item.path) else ""


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context, page=None):
    page = as_page(page)
    home = current_home(context)
    children = (
        remember("menu", (home.pk,), lambda: list(public(home.get_children().in_menu())))
        if home
        else []
    )
    current_path = getattr(page, "path", "")
    items = [(child, aria_current(child, current_path)) for child in children]
    is_home = page is not None and home is not None and page.pk == home.pk
    return {"home": home, "is_home": is_home, "items": items, "request": context["request"]}


@register.inclusion_tag("includes/site_footer.html", takes_context=True)
def site_footer(context):
    """The footer's address, contacts and links in the language being shown (one query)."""
    language = context.get("LANGUAGE_CODE") or get_language()
    details = SiteDetails.for_request(context.get("request"), language)
    return {
        "details": details,
        "details_language": details.locale.language_code if details else None,
        "LANGUAGE_CODE": language,
    }
