"""The text of a channel post, in Telegram's HTML subset, within Telegram's length limits.

Every piece is cut to length as plain text first and escaped afterwards, so a cut never falls
inside an entity (`&amp;`) or a tag, and the link to the page is never cut. Only `&`, `<` and
`>` are escaped in text: Telegram needs no more, and Uzbek apostrophes (ʻ ʼ ') stay as they are.
Lengths are counted as Telegram does, after its entities are parsed, in UTF-16 code units.
"""

import html
from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from events.models import EventReportPage

CAPTION_LIMIT = 1024  # sendPhoto
MESSAGE_LIMIT = 4096  # sendMessage
ELLIPSIS = "…"
SEPARATOR = "\n\n"


@dataclass
class PostText:
    """The plain-text parts of a post; `html(limit)` assembles them."""

    title: str
    facts: list
    summary: str
    link_label: str
    url: str

    def visible(self, title, summary):
        parts = [title, "\n".join(self.facts), summary, self.link_label]
        return SEPARATOR.join(part for part in parts if part)

    def html(self, limit):
        title, summary = self.fitted(limit)
        parts = [
            f"<b>{escape(title)}</b>" if title else "",
            "\n".join(escape(fact) for fact in self.facts),
            escape(summary),
            f'<a href="{escape_attribute(self.url)}">{escape(self.link_label)}</a>',
        ]
        return SEPARATOR.join(part for part in parts if part)

    def fitted(self, limit):
        """(title, summary) cut so that the whole post fits `limit`: the summary first."""
        room = limit - length(self.visible(self.title, "")) - length(SEPARATOR)
        summary = truncate(self.summary, room)
        excess = length(self.visible(self.title, summary)) - limit
        title = truncate(self.title, length(self.title) - excess) if excess > 0 else self.title
        return title, summary


def escape(text):
    return html.escape(text, quote=False)


def escape_attribute(value):
    return escape(value).replace('"', "&quot;")


def length(text):
    """Length in UTF-16 code units: an emoji outside the basic plane counts two."""
    return len(text.encode("utf-16-le")) // 2


def truncate(text, limit):
    """`text` cut to at most `limit` units, at a word boundary when one is near, with "…"."""
    if length(text) <= limit:
        return text
    if limit <= length(ELLIPSIS):
        return ""
    kept, used = [], 0
    for character in text:
        used += length(character)
        if used > limit - length(ELLIPSIS):
            break
        kept.append(character)
    cut = "".join(kept)
    word_start = cut.rstrip().rfind(" ")
    if word_start > len(cut) // 2:
        cut = cut[:word_start]
    return cut.rstrip(" ,;:.–—-\n") + ELLIPSIS


def plain(rendered):
    """Text of a rendered template fragment: tags removed, entities decoded, spaces collapsed."""
    return " ".join(html.unescape(strip_tags(rendered)).split())


def event_facts(page):
    """The dates and the place of an event, as its page shows them."""
    dates = plain(
        render_to_string(
            "includes/date_range.html", {"start": page.start_date, "end": page.end_date}
        )
    )
    place = ", ".join(part for part in (page.city, page.get_country_display()) if part)
    return [f"📅 {dates}", f"📍 {place}"] if place else [f"📅 {dates}"]


def post_text(page):
    """The parts of `page`'s post, in the page's language."""
    with translation.override(page.locale.language_code):
        facts = event_facts(page) if isinstance(page, EventReportPage) else []
        return PostText(
            title=page.title.strip(),
            facts=facts,
            summary=" ".join((page.summary or page.search_description or "").split()),
            link_label=_("Read on the website"),
            url=page.get_full_url(),
        )
