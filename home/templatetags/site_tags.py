from django import template

from wagtail.models import Page, Site

from home.i18n import alternate_links, language_links, locale_homes

register = template.Library()


def as_page(value):
    # Templates without a page (404, 500) pass an empty string for a missing variable.
    return value if isinstance(value, Page) else None


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context, page=None):
    return {"links": language_links(context["request"], as_page(page))}


@register.inclusion_tag("includes/alternate_links.html", takes_context=True)
def alternate_language_links(context, page=None):
    request = context["request"]
    page = as_page(page)
    return {
        "alternates": alternate_links(request, page) if page else [],
        "canonical": request.build_absolute_uri(page.get_url(request)) if page else None,
    }


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
    children = home.get_children().live().in_menu() if home else []
    current_path = getattr(page, "path", "")
    items = [(child, aria_current(child, current_path)) for child in children]
    is_home = page is not None and home is not None and page.pk == home.pk
    return {"home": home, "is_home": is_home, "items": items, "request": context["request"]}
