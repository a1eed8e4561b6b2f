"""The Uzbek site in each script of Uzbek: the 1995 Latin alphabet, Cyrillic and the new Latin.

Editors write in Latin (the 1995 alphabet, or the new one: both are accepted as source), and the
pages under /uz/ show what they wrote. The same pages in another script live under their own
prefix, with the same paths after it:

    /uz/…            uz             Latin (1995: sh, ch, oʻ, gʻ), as written
    /uz-cyrl/…       uz-Cyrl        Cyrillic
    /uz-latn-2026/…  uz-Latn-2026   the new Latin alphabet (ş, ç, ö, ğ), from the date in
                                    settings.UZ_NEW_LATIN_FROM on; before it, or with no date,
                                    a 404 and in no switcher, hreflang link or sitemap

Why a URL prefix per script: each variant is a page of its own for caches and search engines
(its own cache entry keyed by path, its own canonical URL and hreflang tag), and a link keeps the
reader's script. The tag of the new Latin follows BCP 47's way of naming a spelling reform with a
variant subtag (de-1901, de-1996): uz-Latn says Latin script, 2026 the year the alphabet was
adopted. The subtag is well-formed but not yet registered with IANA, so search engines may
ignore it as an hreflang value; it still tells browsers and screen readers the text is Uzbek.
Each prefix is its tag in lower case.

`ScriptMiddleware` serves a variant: it sends /uz-cyrl/… through the Uzbek page's own views (the
request looks like /uz/… to everything inside it) and converts the rendered response
(core.transliterate) with alifbo. It sits inside the page cache, which keys entries by path:
each variant is cached on its own and converted only on a miss.
"""

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

import alifbo

from core import transliterate, transliterate_feeds

SOURCE_LANGUAGE = "uz"


@dataclass(frozen=True, eq=False)
class Script:
    prefix: str  # the first segment of the variant's URLs
    language_tag: str  # BCP 47, for lang and hreflang
    sample: str  # the switcher's label: "Uzbek" shortened, written in the script itself
    name: str  # the script's name in the interface language
    convert: object  # an alifbo conversion, or None for the source

    @property
    def is_source(self):
        return self.convert is None


LATIN = Script(SOURCE_LANGUAGE, SOURCE_LANGUAGE, "Oʻz", _("Latin script"), None)
CYRILLIC = Script("uz-cyrl", "uz-Cyrl", "Ўз", _("Cyrillic script"), alifbo.to_cyrillic)
NEW_LATIN = Script("uz-latn-2026", "uz-Latn-2026", "Öz", _("New Latin script"), alifbo.to_new_latin)
VARIANTS = (CYRILLIC, NEW_LATIN)

# For the page cache: the prefix of every variant and the language of its content.
SCRIPT_PREFIXES = {script.prefix: SOURCE_LANGUAGE for script in VARIANTS}


def content_language(prefix):
    """The language of the pages under `prefix` ("uz-cyrl" -> "uz"); a language is itself."""
    return SCRIPT_PREFIXES.get(prefix.strip("/"), prefix.strip("/"))


# When -------------------------------------------------------------------------------------------


def new_latin_from():
    """The date from which the new Latin variant exists (settings.UZ_NEW_LATIN_FROM), or None."""
    value = getattr(settings, "UZ_NEW_LATIN_FROM", None)
    if not value:
        return None
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        message = f"UZ_NEW_LATIN_FROM is not a date (YYYY-MM-DD): {value!r}"
        raise ImproperlyConfigured(message) from None


def is_active(script, today=None):
    if script is not NEW_LATIN:
        return True
    start = new_latin_from()
    return start is not None and (today or timezone.localdate()) >= start


def active_variants():
    """The variants readers can have today, in switcher order."""
    return [script for script in VARIANTS if is_active(script)]


def reader_scripts():
    """Every script a reader can choose today: the source first."""
    return [LATIN, *active_variants()]


def public_script_prefixes():
    """("/uz-cyrl/", …): the path prefixes of today's variants."""
    return tuple(f"/{script.prefix}/" for script in active_variants())


# Paths and URLs ---------------------------------------------------------------------------------


def variant_of_path(path):
    """The active variant whose prefix starts `path` ("/uz-cyrl/news/"), else None."""
    segment = path.lstrip("/").partition("/")[0]
    for script in active_variants():
        if segment == script.prefix:
            return script
    return None


def source_path(path, script):
    """/uz-cyrl/news/ -> /uz/news/."""
    return f"/{SOURCE_LANGUAGE}" + path[len(script.prefix) + 1 :]


SOURCE_LINK = re.compile(
    rf"^(?P<origin>(?:https?:)?//(?P<host>[^/?#]+))?/{SOURCE_LANGUAGE}(?=[/?#]|$)"
)


def variant_url(url, script, hosts=()):
    """A link of the Uzbek site (/uz/…, or absolute on one of `hosts`) in `script`; any other
    URL as it is."""
    if script.is_source:
        return url
    match = SOURCE_LINK.match(url)
    if match is None or (match.group("origin") and match.group("host") not in hosts):
        return url
    return f"{match.group('origin') or ''}/{script.prefix}{url[match.end() :]}"


def own_hosts(request):
    """The hosts whose absolute links are this site's: the request's and SITE_URL's."""
    hosts = {request.get_host()}
    site_url = getattr(settings, "SITE_URL", "")
    if site_url:
        hosts.add(site_url.split("://", 1)[-1].split("/", 1)[0])
    return frozenset(hosts)


def script_of_request(request):
    """The script the reader sees this Uzbek page in: a variant, or LATIN."""
    return getattr(request, "uzbek_script", None) or LATIN


def script_links(request):
    """[(script, url, is_current)] for the script switcher of an Uzbek page."""
    current = script_of_request(request)
    path = request.get_full_path()
    return [(script, variant_url(path, script), script is current) for script in reader_scripts()]


def with_script_variants(alternates, request):
    """hreflang alternates [(code, absolute URL)] with today's variants after the Uzbek one."""
    hosts = own_hosts(request)
    result = []
    for code, url in alternates:
        result.append((code, url))
        if code == SOURCE_LANGUAGE:
            result += [
                (script.language_tag, variant_url(url, script, hosts))
                for script in active_variants()
            ]
    return result


# Converting ------------------------------------------------------------------------------------

# Technical names in the interface that readers know in Latin letters.
INTERFACE_TERMS = ("RSS", "PDF")
# Editors' protected terms come from the content (home registers where they are kept).
protected_terms_sources = []


def register_protected_terms(source):
    """`source(request)` gives names and words that stay as written in every script."""
    protected_terms_sources.append(source)


def protected_terms(request):
    terms = set(INTERFACE_TERMS)
    for source in protected_terms_sources:
        terms.update(term for term in source(request) if term)
    return tuple(sorted(terms))


@lru_cache(maxsize=8192)
def convert_text(text, script_prefix, terms):
    """`text` in the script; menus, footers and labels repeat on every page, so it is memoised."""
    script = next(script for script in VARIANTS if script.prefix == script_prefix)
    return script.convert(text, protected_terms=terms).text


def rewriting_for(request, script):
    terms = protected_terms(request)
    hosts = own_hosts(request)
    return transliterate.Rewriting(
        text=lambda text: convert_text(text, script.prefix, terms),
        url=lambda url: variant_url(url, script, hosts),
        language_tag=script.language_tag,
        source_language=SOURCE_LANGUAGE,
    )


def media_type(response):
    return response.get("Content-Type", "").split(";", 1)[0].strip().lower()


FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/xml"})


def convert_response(request, response, script):
    """The response rendered for /uz/… as the variant's: body, links in headers, language."""
    rewriting = rewriting_for(request, script)
    if "Location" in response:
        response["Location"] = rewriting.url(response["Location"])
    if "Content-Language" in response:
        response["Content-Language"] = rewriting.language(response["Content-Language"])
    if response.streaming or not response.content:
        return response
    kind = media_type(response)
    charset = response.charset or "utf-8"
    if kind == "text/html":
        body = transliterate.rewrite_html(response.content.decode(charset), rewriting)
    elif kind in FEED_TYPES:
        body = transliterate_feeds.rewrite_feed(response.content.decode(charset), rewriting)
    elif kind == "text/calendar":
        response.content = transliterate_feeds.rewrite_calendar(response.content, rewriting)
        return fix_length(response)
    else:
        return response
    response.content = body.encode(charset)
    return fix_length(response)


def fix_length(response):
    if response.has_header("Content-Length"):
        response["Content-Length"] = str(len(response.content))
    return response


class ScriptMiddleware:
    """Serves /uz-cyrl/… (and the other active variants) from the Uzbek page at /uz/….

    Inside the page cache (settings.MIDDLEWARE): the cache keys entries by the path the reader
    asked for, so each script has its own entries, converted once per content change. Everything
    after this middleware sees an ordinary /uz/ request; the reader's script is on
    `request.uzbek_script` for the templates (the script switcher, hreflang links).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        script = variant_of_path(request.path_info)
        if script is None:
            return self.get_response(request)
        asked = (request.path, request.path_info)
        request.path_info = source_path(request.path_info, script)
        request.path = f"{request.META.get('SCRIPT_NAME', '').rstrip('/')}{request.path_info}"
        request.uzbek_script = script
        try:
            response = self.get_response(request)
            return convert_response(request, response, script)
        finally:
            request.path, request.path_info = asked
