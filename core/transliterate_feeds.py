"""Feeds (RSS, Atom) and calendars (iCalendar) of the Uzbek site in another script
(core.scripts): titles, descriptions, places and categories converted; links moved to the
script's pages; dates, identifiers and everything else for machines kept as they are."""

import re
from html import escape, unescape

from icalendar import Calendar, vCategory, vText, vUri

from core.transliterate import rewrite_html

# Feeds -----------------------------------------------------------------------------------------

FEED_TEXT = re.compile(
    r"<(title|description|subtitle|summary|category|rights)(\s[^>]*)?>(.*?)</\1>", re.DOTALL
)
FEED_LINK = re.compile(r"<(link|guid|id|comments)(\s[^>]*)?>(.*?)</\1>", re.DOTALL)
FEED_HREF = re.compile(r'(\shref=")([^"]*)(")')
FEED_LANGUAGE = re.compile(r"<language>([^<]*)</language>|(\sxml:lang=\")([^\"]*)(\")")


def rewrite_feed(document, rewriting):
    """An RSS or Atom feed in the script: texts converted (escaped HTML as HTML), links moved."""

    def text(match):
        name, attributes, content = match.groups()
        decoded = unescape(content)
        # A description may hold escaped HTML: its text is converted, its tags kept.
        converted = rewrite_html(decoded, rewriting) if "<" in decoded else rewriting.text(decoded)
        if converted == decoded:
            return match.group(0)
        return f"<{name}{attributes or ''}>{escape(converted, quote=False)}</{name}>"

    def link(match):
        name, attributes, content = match.groups()
        moved = escape(rewriting.url(unescape(content)), quote=False)
        return f"<{name}{attributes or ''}>{moved}</{name}>"

    def href(match):
        before, url, after = match.groups()
        return f"{before}{escape(rewriting.url(unescape(url)))}{after}"

    def language(match):
        if match.group(1) is not None:
            return f"<language>{escape(rewriting.language(match.group(1)))}</language>"
        before, value, after = match.group(2, 3, 4)
        return f"{before}{escape(rewriting.language(value))}{after}"

    document = FEED_TEXT.sub(text, document)
    document = FEED_LINK.sub(link, document)
    document = FEED_HREF.sub(href, document)
    return FEED_LANGUAGE.sub(language, document)


# iCalendar -------------------------------------------------------------------------------------

CALENDAR_TEXT = ("SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "NAME", "X-WR-CALNAME")


def rewrite_calendar(content, rewriting):
    """An iCalendar file in the script: names, descriptions, places and categories; its links."""
    calendar = Calendar.from_ical(content)
    for component in calendar.walk():
        for name in CALENDAR_TEXT:
            if name in component:
                component[name] = vText(rewriting.text(str(component[name])))
        if "URL" in component:
            component["URL"] = vUri(rewriting.url(str(component["URL"])))
        if "CATEGORIES" in component:
            categories = component["CATEGORIES"]
            categories = categories if isinstance(categories, list) else [categories]
            component["CATEGORIES"] = [
                vCategory([rewriting.text(str(category)) for category in group.cats])
                for group in categories
            ]
    return calendar.to_ical()
