"""The site's frame in every language: the home of the language shown, the main menu, the
footer."""

from django import template
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
