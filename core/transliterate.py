"""A rendered Uzbek page in another script (core.scripts): HTML and its JSON-LD. Feeds and
calendars: core.transliterate_feeds.

What readers read is converted: HTML text, the attributes people see or hear (title, alt,
aria-label, placeholder, the description and Open Graph texts), JSON-LD texts, the titles and
descriptions of RSS/Atom feeds, the summaries and places of iCalendar events. What machines read
is kept: URLs and e-mail addresses (alifbo protects them inside text too), code (<code>, <pre>,
<script> and <style>, form values), text in another language (an element with `lang="ru"`),
anything marked `translate="no"` (or the `notranslate` class), and the terms an editor protects.

Links of the site's Uzbek pages (/uz/…) become links of the same pages in the script
(`Rewriting.url`), except where a link names its script itself: the hreflang alternates and the
script switcher (an element marked `data-script-switch`).
"""

import json
from collections.abc import Callable
from dataclasses import dataclass
from html import escape, unescape
from html.parser import HTMLParser

VOID_ELEMENTS = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    ]
)
# Their content is code, markup or a reader's own input: never converted.
VERBATIM_ELEMENTS = frozenset(
    ["code", "pre", "kbd", "samp", "var", "script", "style", "textarea", "svg", "math"]
)
READER_ATTRIBUTES = frozenset(
    [
        "title",
        "alt",
        "aria-label",
        "aria-description",
        "aria-roledescription",
        "aria-valuetext",
        "placeholder",
        "label",
    ]
)
URL_ATTRIBUTES = frozenset({"href", "action", "formaction"})
# <meta name|property=… content=…> read by people (search results, link previews).
READER_META = frozenset(
    [
        "description",
        "og:title",
        "og:description",
        "og:site_name",
        "og:image:alt",
        "twitter:title",
        "twitter:description",
        "twitter:image:alt",
    ]
)
BUTTON_INPUTS = frozenset({"button", "submit", "reset"})
SCRIPT_SWITCH_MARK = "data-script-switch"
# schema.org properties whose strings are prose; the others are URLs, dates, codes and types.
JSON_LD_TEXT = frozenset(
    [
        "name",
        "alternateName",
        "headline",
        "alternativeHeadline",
        "description",
        "disambiguatingDescription",
        "abstract",
        "articleBody",
        "articleSection",
        "text",
        "caption",
        "jobTitle",
        "roleName",
        "keywords",
        "streetAddress",
        "addressLocality",
        "addressRegion",
        "award",
        "slogan",
    ]
)
# Characters that could end the <script> element or start markup, as JSON escapes (as
# seo.structured_data writes them).
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@dataclass(frozen=True)
class Rewriting:
    """How one response changes: its text, its links and its language tag."""

    text: Callable[[str], str]  # Uzbek text in the target script
    url: Callable[[str], str]  # a link of the Uzbek site to its page in the script (others kept)
    language_tag: str  # BCP 47 tag of the script variant, for lang and hreflang
    source_language: str = "uz"

    def language(self, value):
        """A lang or hreflang value in the variant: the source language becomes the tag."""
        return self.language_tag if value.lower() == self.source_language else value

    def is_source_language(self, value):
        value = value.lower()
        return value == self.source_language or value.startswith(f"{self.source_language}-")


# HTML ------------------------------------------------------------------------------------------


class Region:
    """An open element that changes what happens inside it."""

    __slots__ = ("converts", "depth", "json_ld", "keeps_links", "tag", "verbatim")

    def __init__(self, tag, *, verbatim=False, converts=None, keeps_links=False, json_ld=False):
        self.tag = tag
        self.depth = 1
        self.verbatim = verbatim
        self.converts = converts  # None: as the element around it
        self.keeps_links = keeps_links
        self.json_ld = json_ld


def converts_by_attributes(attributes, rewriting):
    """True, False or None (inherit) for an element's own language and translate marks."""
    lang = attributes.get("lang")
    if lang is not None and lang.strip() and not rewriting.is_source_language(lang):
        return False
    if (attributes.get("translate") or "").lower() == "no":
        return False
    if "notranslate" in (attributes.get("class") or "").split():
        return False
    if lang is not None or (attributes.get("translate") or "").lower() == "yes":
        return True
    return None


class HTMLRewriter(HTMLParser):
    """Streams a document through, changing text runs and attributes, keeping all else as is."""

    def __init__(self, rewriting):
        super().__init__(convert_charrefs=False)
        self.rewriting = rewriting
        self.output = []
        self.text = []  # the raw pieces of the text run being read
        self.regions = []

    # State ----------------------------------------------------------------------------------

    def converting(self, regions=None):
        regions = self.regions if regions is None else regions
        if any(region.verbatim for region in regions):
            return False
        for region in reversed(regions):
            if region.converts is not None:
                return region.converts
        return True

    def keeping_links(self, regions):
        return any(region.keeps_links for region in regions)

    def region_for(self, tag, attributes):
        return Region(
            tag,
            verbatim=tag in VERBATIM_ELEMENTS,
            converts=converts_by_attributes(attributes, self.rewriting),
            keeps_links=SCRIPT_SWITCH_MARK in attributes,
            json_ld=tag == "script"
            and (attributes.get("type") or "").lower() == "application/ld+json",
        )

    # Parser events ----------------------------------------------------------------------------

    def handle_starttag(self, tag, attrs):
        self.start(tag, attrs, self.get_starttag_text(), closes=tag in VOID_ELEMENTS)

    def handle_startendtag(self, tag, attrs):
        self.start(tag, attrs, self.get_starttag_text(), closes=True)

    def start(self, tag, attrs, raw, *, closes):
        self.flush_text()
        attributes = dict(attrs)
        region = self.region_for(tag, attributes)
        regions = [*self.regions, region]
        changed = self.rewrite_attributes(tag, attrs, attributes, regions)
        self.output.append(raw if changed is None else serialise_tag(tag, changed, raw))
        if closes:
            return
        innermost = self.regions[-1] if self.regions else None
        if region.verbatim or region.converts is not None or region.keeps_links:
            self.regions.append(region)
        elif innermost is not None and innermost.tag == tag:
            # The same element nested in itself: its end tag must not close the region.
            innermost.depth += 1

    def handle_endtag(self, tag):
        self.flush_text()
        innermost = self.regions[-1] if self.regions else None
        if innermost is not None and innermost.tag == tag:
            innermost.depth -= 1
            if innermost.depth == 0:
                self.regions.pop()
        self.output.append(f"</{tag}>")

    def handle_data(self, data):
        self.text.append(data)

    def handle_entityref(self, name):
        self.text.append(f"&{name};")

    def handle_charref(self, name):
        self.text.append(f"&#{name};")

    def handle_comment(self, data):
        self.flush_text()
        self.output.append(f"<!--{data}-->")

    def handle_decl(self, decl):
        self.flush_text()
        self.output.append(f"<!{decl}>")

    def handle_pi(self, data):
        self.flush_text()
        self.output.append(f"<?{data}>")

    def unknown_decl(self, data):
        self.flush_text()
        self.output.append(f"<![{data}]>")

    # Changes ----------------------------------------------------------------------------------

    def flush_text(self):
        if not self.text:
            return
        raw = "".join(self.text)
        self.text = []
        innermost = self.regions[-1] if self.regions else None
        if innermost is not None and innermost.json_ld:
            self.output.append(rewrite_json_ld(raw, self.rewriting))
        elif self.converting() and raw.strip():
            self.output.append(converted_text(raw, self.rewriting))
        else:
            self.output.append(raw)

    def rewrite_attributes(self, tag, attrs, attributes, regions):
        """The element's attributes changed for the variant, or None when nothing changes."""
        rewriting = self.rewriting
        converts = self.converting(regions)
        links_stay = self.keeping_links(regions) or (tag == "link" and "hreflang" in attributes)
        changed = []
        touched = False
        link_moved = False
        for name, value in attrs:
            new = value
            if value is None:
                pass
            elif name in URL_ATTRIBUTES and not links_stay:
                new = rewriting.url(value)
                link_moved = link_moved or new != value
            elif name == "lang" and converts:
                new = rewriting.language(value)
            elif converts and is_reader_text(tag, name, attributes):
                new = rewriting.text(value)
            elif name == "content" and tag == "meta" and not links_stay:
                new = rewriting.url(value)
            changed.append([name, new])
            touched = touched or new != value
        if link_moved:
            # A link to the Uzbek page now leads to the page in the script, and says so.
            for pair in changed:
                if pair[0] == "hreflang" and pair[1]:
                    new = rewriting.language(pair[1])
                    touched = touched or new != pair[1]
                    pair[1] = new
        return changed if touched else None


def is_reader_text(tag, name, attributes):
    if name in READER_ATTRIBUTES:
        return True
    if name == "content" and tag == "meta":
        return (attributes.get("name") or attributes.get("property") or "") in READER_META
    return name == "value" and tag == "input" and attributes.get("type") in BUTTON_INPUTS


def serialise_tag(tag, attrs, raw):
    parts = [f"<{tag}"]
    for name, value in attrs:
        parts.append(f" {name}" if value is None else f' {name}="{escape(value)}"')
    parts.append(" />" if raw.rstrip().endswith("/>") else ">")
    return "".join(parts)


def converted_text(raw, rewriting):
    """A run of HTML text in the script; the raw run itself when nothing changes."""
    decoded = unescape(raw)
    converted = rewriting.text(decoded)
    return raw if converted == decoded else escape(converted, quote=False)


def rewrite_html(document, rewriting):
    parser = HTMLRewriter(rewriting)
    parser.feed(document)
    parser.close()
    parser.flush_text()
    return "".join(parser.output)


# JSON-LD ---------------------------------------------------------------------------------------


def rewrite_json_ld(raw, rewriting):
    """The structured data of a page in the script: its texts, its own links, its language."""
    try:
        data = json.loads(raw)
    except ValueError:
        return raw
    converted = json_value(data, None, rewriting)
    return json.dumps(converted, ensure_ascii=False).translate(SCRIPT_ESCAPES)


def json_value(value, key, rewriting):
    if isinstance(value, dict):
        return {name: json_value(item, name, rewriting) for name, item in value.items()}
    if isinstance(value, list):
        return [json_value(item, key, rewriting) for item in value]
    if not isinstance(value, str) or key is None or key.startswith("@"):
        return value
    if key == "inLanguage":
        return rewriting.language(value)
    if key in JSON_LD_TEXT:
        return rewriting.text(value)
    return rewriting.url(value)
