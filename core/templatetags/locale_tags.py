"""Template tags for the language being shown: the switcher, hreflang links, the 404's links to
other languages, and dates and numbers in the local spelling."""

import datetime
from dataclasses import dataclass

from django import template
from django.utils import dateformat, formats
from django.utils.dates import MONTHS, MONTHS_ALT, MONTHS_AP
from django.utils.translation import get_language

from wagtail.models import Page

from core.i18n import alternate_links, language_links, other_language_links

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
def page_in_other_languages(context):
    """On a 404: links to the page at the same path in the languages where it is live."""
    request = context.get("request")
    return other_language_links(request) if request is not None else []


# In Uzbek a month name is a common noun, lowercase inside a sentence ("5-iyun"), but Django's
# catalogue capitalises it.
LOWERCASE_MONTH_LANGUAGES = {"uz"}
MONTH_FORMATS = {"E": MONTHS_ALT, "F": MONTHS, "N": MONTHS_AP}


def lowercase_months(format_string, month):
    """`format_string` with its month-name specifiers replaced by the lowercase name, escaped."""
    parts = []
    characters = iter(format_string)
    for character in characters:
        if character == "\\":
            parts.append(character + next(characters, ""))
        elif character in MONTH_FORMATS:
            name = str(MONTH_FORMATS[character][month]).lower()
            parts.append("".join(f"\\{letter}" for letter in name))
        else:
            parts.append(character)
    return "".join(parts)


@register.filter(expects_localtime=True, is_safe=False)
def local_date(value, format_name="DATE_FORMAT"):
    """Like |date, but in the spelling of the language being shown (Uzbek months lowercase).

    `format_name` is a format setting (DATE_FORMAT, MONTH_DAY_FORMAT…) or a format string.
    """
    if not isinstance(value, datetime.date):
        return ""
    format_string = formats.get_format(format_name)
    if get_language() in LOWERCASE_MONTH_LANGUAGES:
        format_string = lowercase_months(format_string, value.month)
    try:
        return dateformat.format(value, format_string)
    except TypeError:
        # A time-of-day specifier given a date.
        return ""


# Day first, the year once at the end: "5–10 June 2023", "29 May – 2 June 2023". A language's
# format module may set DATE_RANGE_FORMATS otherwise (site_config/formats/uz/).
DAY_FIRST_RANGE_FORMATS = {
    "same_month": ("j", "DATE_FORMAT"),
    "same_year": ("MONTH_DAY_FORMAT", "DATE_FORMAT"),
}


@dataclass(frozen=True)
class DateRangeTexts:
    start: str
    separator: str = ""
    end: str = ""


@register.simple_tag
def date_range_texts(start, end):
    """The texts of the two ends of a range and what joins them, in the language being shown.

    One date when `end` is missing or the same day; the day alone ("5–10 June 2023") or the day
    and month ("29 May – 2 June 2023") where the other end says the rest.
    """
    if not end or start == end:
        return DateRangeTexts(local_date(start))
    range_formats = formats.get_format("DATE_RANGE_FORMATS")
    if not isinstance(range_formats, dict):
        range_formats = DAY_FIRST_RANGE_FORMATS
    if (start.year, start.month) == (end.year, end.month):
        start_format, end_format = range_formats["same_month"]
        separator = "–"
    elif start.year == end.year:
        start_format, end_format = range_formats["same_year"]
        separator = " – "
    else:
        start_format, end_format, separator = "DATE_FORMAT", "DATE_FORMAT", " – "
    return DateRangeTexts(local_date(start, start_format), separator, local_date(end, end_format))


@register.filter(is_safe=True)
def local_number(value):
    """An integer with the thousands separator of the language being shown (1,200 / 1 200)."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return value
    return formats.number_format(number, use_l10n=True, force_grouping=True)
