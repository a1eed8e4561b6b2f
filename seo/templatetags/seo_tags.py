"""Link previews (Open Graph, Twitter cards) and schema.org JSON-LD in the <head> of each page."""

from django import template
from django.conf import settings
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe

from core.i18n import live_translations
from core.templatetags.locale_tags import as_page
from events.models import EventReportPage
from news.models import NewsArticlePage
from seo.structured_data import (
    absolute_url,
    department_name,
    iso,
    page_language,
    preview_image,
    structured_data,
    to_json_ld,
)

register = template.Library()

# Open Graph wants a territory with the language.
OG_LOCALES = {"uz": "uz_UZ", "ru": "ru_RU", "en": "en_GB"}


def og_locale(language_code):
    return OG_LOCALES.get(language_code, language_code)


def social_preview(page, request):
    """What the page's Open Graph and Twitter card tags say (see includes/social_meta.html)."""
    language = page_language(page)
    translations = live_translations(page)
    image = preview_image(page)
    is_article = isinstance(page, NewsArticlePage | EventReportPage)
    return {
        "type": "article" if is_article else "website",
        "title": page.seo_title or page.title,
        "description": getattr(page, "meta_description", "") or "",
        "url": absolute_url(request, page),
        "site_name": department_name(),
        "locale": og_locale(language),
        "locale_alternates": [
            og_locale(code)
            for code, _name in settings.LANGUAGES
            if code != language and code in translations
        ],
        "image": image,
        "image_url": request.build_absolute_uri(image.url) if image else None,
        "twitter_card": "summary_large_image" if image and image.large else "summary",
        "published_time": iso(getattr(page, "publication_date", None)) if is_article else None,
        "modified_time": iso(page.last_published_at) if is_article else None,
    }


@register.inclusion_tag("includes/social_meta.html", takes_context=True)
def social_meta(context, page=None):
    page = as_page(page)
    if page is None:
        return {"preview": None}
    return {"preview": social_preview(page, context["request"])}


@register.simple_tag(takes_context=True)
def json_ld(context, page=None):
    """One <script type="application/ld+json"> per schema.org object describing the page."""
    page = as_page(page)
    if page is None:
        return ""
    objects = structured_data(page, context["request"], context)
    return format_html_join(
        "\n",
        '<script type="application/ld+json">{}</script>',
        ((mark_safe(to_json_ld(data)),) for data in objects),
    )
