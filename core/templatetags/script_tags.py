"""The script switcher of the Uzbek pages: the same page in Latin, Cyrillic (and the new Latin
alphabet once it is in force), core.scripts."""

from django import template
from django.utils.translation import get_language

from core.scripts import SOURCE_LANGUAGE, script_links

register = template.Library()


@register.inclusion_tag("includes/script_switcher.html", takes_context=True)
def script_switcher(context):
    # Inside another inclusion tag (the language switcher) the request is only an attribute.
    request = getattr(context, "request", None) or context.get("request")
    if request is None or get_language() != SOURCE_LANGUAGE:
        return {"links": []}
    return {"links": script_links(request)}
