"""Readable ASCII slugs from Uzbek and Russian titles.

Every slug made automatically, in the admin as the editor types a title and on the server (pages
created in code, wagtail-localize translations, copies), is plain ASCII, so URLs are never
percent-encoded. Letters are transliterated by published schemes, not dropped:

- Russian Cyrillic by ICAO Doc 9303 (Machine Readable Travel Documents, part 3, the table used in
  Russian passports since 2013): "Сеченов" → "sechenov", "Щукин" → "shchukin", "Юлия" → "iuliia".
- Uzbek Cyrillic, on Uzbek pages, by the Uzbek Latin alphabet of 1995 (Cabinet of Ministers
  resolution No. 339, 10 May 1995): "Хоразм" → "xorazm", "Жиззах" → "jizzax"; its letters ў, қ,
  ғ, ҳ (o', q, g', h) are read the same way on pages of every language.
- The Uzbek marks ʻ (oʻ, gʻ) and ʼ (tutuq belgisi), and the apostrophes typed for them, are
  dropped: "notoʻgʻri" → "notogri".

Whatever else is left (é, ü, …) goes through Django's slugify, which keeps the ASCII base letter.
The admin runs the same tables in the browser: they are handed to Wagtail's `w-slug` controller
as its `formatters` (wagtail/admin/widgets/slug.py), which it applies before slugifying.
"""

import json
import re

from django.utils.text import slugify

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models.panels import PanelPlaceholder

# The marks of oʻ and gʻ, the tutuq belgisi, and the apostrophes people type for them.
APOSTROPHES = "\u02bb\u02bc\u2018\u2019'`"

# ICAO Doc 9303, Russian.
ICAO_RUSSIAN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu",
    "я": "ia",
}  # fmt: skip

# The Uzbek Latin alphabet of 1995, from the Uzbek Cyrillic one, with ʻ and ʼ dropped. Щ and ы
# (Russian loanwords) keep their ICAO reading. A word-initial е is "ye" (UZBEK_INITIAL_YE).
UZBEK_1995 = {
    **ICAO_RUSSIAN,
    "е": "e", "ё": "yo", "ж": "j", "й": "y", "х": "x", "ц": "ts", "ъ": "", "ю": "yu",
    "я": "ya", "ў": "o", "қ": "q", "ғ": "g", "ҳ": "h",
}  # fmt: skip

# Letters only Uzbek Cyrillic has: read as Uzbek on a page of any language.
UZBEK_ONLY = {letter: UZBEK_1995[letter] for letter in "ўқғҳ"}

# "е" at the start of a word is "ye" in the 1995 alphabet ("Ер" → "yer"). The pattern is valid
# both in Python and in JavaScript (the browser runs it too).
UZBEK_INITIAL_YE = r"(?<![A-Za-z\u0400-\u04ff])[Ее]"


def scheme(language):
    """The Cyrillic table for a page in `language` (a language code)."""
    if language == "uz":
        return UZBEK_1995
    return {**ICAO_RUSSIAN, **UZBEK_ONLY}


def replacements(language):
    """The ordered (pattern, replacement) pairs that turn a title into transliterated Latin, for
    Python (`transliterate`) and for the admin's w-slug controller alike."""
    pairs = [(f"[{re.escape(APOSTROPHES)}]", "")]
    if language == "uz":
        pairs.append((UZBEK_INITIAL_YE, "ye"))
    # Longest readings first is not needed: each pattern is one letter, in either case.
    pairs += [(f"[{letter.upper()}{letter}]", latin) for letter, latin in scheme(language).items()]
    return pairs


def transliterate(text, language):
    """`text` with its Cyrillic letters and Uzbek marks written in ASCII Latin."""
    for pattern, latin in replacements(language):
        text = re.sub(pattern, latin, text)
    return text


def ascii_slug(text, language):
    """The slug of `text` (a title) on a page in `language`: lower-case ASCII with hyphens."""
    return slugify(transliterate(text, language), allow_unicode=False)


def slug_formatters(language):
    """`replacements` as the w-slug controller's formatters value: [[pattern, flags], text]."""
    return [[[pattern, "gu"], latin] for pattern, latin in replacements(language)]


class SlugPanel(FieldPanel):
    """The slug field, whose title → slug sync in the browser transliterates as the server does,
    by the scheme of the page's language."""

    class BoundPanel(FieldPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            if self.bound_field is None:
                return
            locale = getattr(self.instance, "locale", None)
            language = getattr(locale, "language_code", "")
            self.bound_field.field.widget.attrs["data-w-slug-formatters-value"] = json.dumps(
                slug_formatters(language), ensure_ascii=False, separators=(",", ":")
            )


def with_slug_panel(panels):
    """Wagtail's promote panels (Page.promote_panels, lazy PanelPlaceholders) with SlugPanel in
    place of the slug's FieldPanel; everything else as Wagtail builds it."""
    result = []
    for panel in panels:
        if (
            isinstance(panel, PanelPlaceholder)
            and panel.path.endswith(".MultiFieldPanel")
            and "slug" in panel.args[0]
        ):
            children, *rest = panel.args
            children = [SlugPanel(child) if child == "slug" else child for child in children]
            panel = MultiFieldPanel(children, *rest, **panel.kwargs)
        result.append(panel)
    return result


class AsciiSlugPageMixin:
    """For the site's base page class: a slug made from the title is transliterated ASCII.

    Wagtail makes a missing slug from the title in Page._set_core_field_defaults (called by
    full_clean and save) with Django's slugify, which keeps Cyrillic and the Uzbek marks (or,
    with WAGTAIL_ALLOW_UNICODE_SLUGS off, drops whole Cyrillic words). Setting the slug first
    leaves Wagtail nothing to make; a slug that is not ASCII (a translator's Russian slug, which
    wagtail-localize slugifies to nothing) is made again the same way.
    """

    def _set_core_field_defaults(self):
        # Relies on Wagtail's private Page._set_core_field_defaults and _get_autogenerated_slug
        # (wagtail/models/pages.py); tests/core/test_slugs.py fails if they change.
        parent_is_known = bool(self.path or getattr(self, "_cached_parent_obj", None))
        if parent_is_known and self.title and not (self.slug and self.slug.isascii()):
            # A new page takes its parent's language in Wagtail's method, called after this.
            locale = self.locale if self.locale_id else self.get_default_locale()
            language = locale.language_code if locale else ""
            base = ascii_slug(self.slug or self.title, language) or ascii_slug(self.title, language)
            if base:
                self.slug = self._get_autogenerated_slug(base)
        super()._set_core_field_defaults()
