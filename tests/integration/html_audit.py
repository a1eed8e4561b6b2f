"""Reads a page's HTML for what a Content-Security-Policy decides on and what an editor could
inject: inline scripts and styles, event-handler attributes, javascript: URLs, and every URL the
browser would fetch while loading the page."""

from html.parser import HTMLParser
from urllib.parse import urlsplit

# Script types a browser does not execute: data blocks, which CSP leaves alone.
DATA_SCRIPT_TYPES = {"application/ld+json", "application/json"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "cite"}
# Browsers drop these anywhere in a URL before reading its scheme ("java\tscript:" runs).
URL_IGNORED_CHARACTERS = str.maketrans("", "", "\t\n\r")
SCRIPT_SCHEMES = ("javascript:", "vbscript:", "data:text/html")


def runs_script(url):
    url = url.translate(URL_IGNORED_CHARACTERS).strip("\x00\x01\x02\x03\x04\x05\x06\x07\x08 ")
    return url.lower().startswith(SCRIPT_SCHEMES)


def srcset_urls(value):
    return [candidate.split()[0] for candidate in value.split(",") if candidate.strip()]


class PageAudit(HTMLParser):
    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.inline_scripts = []
        self.data_scripts = []
        self.style_elements = []
        self.style_attributes = []
        self.event_handlers = []
        self.script_urls = []
        # (directive, url): what the browser loads, keyed by the CSP directive that governs it.
        self.fetches = []
        self._script = None
        self._style = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        values = {name: value or "" for name, value in attrs}
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.event_handlers.append(f"<{tag} {name}={value!r}>")
            elif name == "style":
                self.style_attributes.append(f"<{tag} style={value!r}>")
            elif name in URL_ATTRIBUTES and runs_script(value):
                self.script_urls.append(f"<{tag} {name}={value!r}>")
        if tag == "script":
            if values.get("src"):
                self.fetches.append(("script-src", values["src"]))
            else:
                self._script = {"type": values.get("type", "").strip().lower(), "text": ""}
        elif tag == "style":
            self._style = ""
        elif tag == "link" and "stylesheet" in values.get("rel", "").lower().split():
            self.fetches.append(("style-src", values.get("href", "")))
        elif tag in {"img", "source"}:
            if values.get("src"):
                self.fetches.append(("img-src", values["src"]))
            for url in srcset_urls(values.get("srcset", "")):
                self.fetches.append(("img-src", url))
        elif tag in {"iframe", "frame"}:
            self.fetches.append(("frame-src", values.get("src", "")))
        elif tag in {"object", "embed"}:
            self.fetches.append(("object-src", values.get("data") or values.get("src", "")))

    def handle_data(self, data):
        if self._script is not None:
            self._script["text"] += data
        elif self._style is not None:
            self._style += data

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            if self._script["type"] in DATA_SCRIPT_TYPES:
                self.data_scripts.append(self._script["text"])
            else:
                self.inline_scripts.append(self._script["text"])
            self._script = None
        elif tag == "style" and self._style is not None:
            self.style_elements.append(self._style)
            self._style = None

    def foreign_fetches(self, allowed_origins=()):
        """Fetches that are neither same-origin (relative URLs), data: images, nor allowed."""
        foreign = []
        for directive, url in self.fetches:
            parts = urlsplit(url)
            if not parts.scheme and not parts.netloc:
                continue
            if directive == "img-src" and parts.scheme == "data":
                continue
            if f"{parts.scheme}://{parts.netloc}" in allowed_origins:
                continue
            foreign.append((directive, url))
        return foreign


def parse_csp(header):
    """{"script-src": ["'self'"], …} from a Content-Security-Policy header value."""
    policy = {}
    for directive in header.split(";"):
        name, *sources = directive.split()
        policy[name] = sources
    return policy
