"""Words as the site search compares them, on both sides: the indexed page and the query.

Uzbek is written three ways: the 1995 Latin alphabet (with oʻ, gʻ, sh, ch and any of several
apostrophes), the new Latin alphabet (ö, ğ, ş, ç) and Cyrillic. Each Uzbek word is reduced to
one *fold key* (alifbo's loose search key, apostrophes dropped), so "Oʻzbekiston",
"O'zbekiston", "Ozbekiston", "Özbekiston" and "Ўзбекистон" are all "ozbekiston". Russian and
English words are lowercased with ё = е; PostgreSQL stems them (search.backends).

Uzbek adds endings to words ("seminar-lar-da"). `stem` strips the common ones, on both sides, so
"seminarlarda" finds "seminar" and "hamkorligi" finds "hamkorlik"; the query's stems then
match the beginnings of indexed words, so a half-typed word is enough.
"""

import functools
import re

from alifbo import fold_search_key_loose

from core.text import APOSTROPHES, normalise

UZBEK = "uz"
MAX_WORD_LENGTH = 60

# A word with the apostrophes inside it (oʻ, gʻ, the tutuq belgisi), e.g. O'zbekiston.
_TOKEN = re.compile(rf"[^\W_]+(?:[{APOSTROPHES}ʻʼ]+[^\W_]+)*")
_WORD = re.compile(r"[^\W_]+")
_NO_APOSTROPHES = str.maketrans("", "", APOSTROPHES + "ʻʼ")

# Uzbek endings in the order they follow a stem (plural, possessive, case), each list longest
# first, in the fold key's spelling (ş → s, ğ → g). Only what a stem of three or more letters
# leaves behind is stripped.
_CASE_ENDINGS = ("ning", "dagi", "dan", "dek", "da", "ga", "ka", "qa", "ni")
_POSSESSIVE_ENDINGS = ("ingiz", "imiz", "ngiz", "lari", "miz", "ing", "im", "si", "i")
_PLURAL_ENDINGS = ("lar",)
_MIN_STEM = 3
_VOWELS = {"uz": frozenset("aeiou"), "en": frozenset("aeiouy"), "ru": frozenset("аеиоуыэюя")}

# Crude Russian and English endings: on SQLite only (PostgreSQL has real stemmers), for the
# query's words, which then match the beginnings of indexed words.
_RUSSIAN_ENDINGS = (
    *("ого", "его", "ому", "ему", "ыми", "ими", "ами", "ями"),
    *("ая", "яя", "ую", "юю", "ой", "ей", "ий", "ый", "ое", "ее", "ые", "ие"),
    *("ом", "ем", "ам", "ям", "ах", "ях", "ов", "ев", "ью"),
    *("а", "я", "у", "ю", "е", "ы", "и", "о", "ь", "й"),
)
_ENGLISH_ENDINGS = ("ies", "ing", "es", "ed", "s", "y")


@functools.lru_cache(maxsize=50_000)
def fold_word(token):
    """The fold keys of one Uzbek word in any script (a tuple: folding may split it)."""
    key = fold_search_key_loose(token).translate(_NO_APOSTROPHES)
    return tuple(_WORD.findall(key))


def words(text, language):
    """The words of `text`, written in `language`, as the search compares them."""
    text = normalise(text)
    if language == UZBEK:
        tokens = _TOKEN.findall(text)
        return [key for token in tokens for key in fold_word(token[:MAX_WORD_LENGTH])]
    return [word[:MAX_WORD_LENGTH] for word in _WORD.findall(text.lower().replace("ё", "е"))]


def uzbek_stem(word):
    """`word` (a fold key) without its plural, possessive and case endings.

    A final k, q or g (not ng) becomes k: they alternate before endings (hamkorlik →
    hamkorligi, qishloq → qishlogʻi), so the stems of every form are the same.
    """
    stem = word
    for endings in (_CASE_ENDINGS, _POSSESSIVE_ENDINGS, _PLURAL_ENDINGS):
        stem = _strip(stem, endings, _VOWELS[UZBEK])
    if stem[-1] in "gq" and not stem.endswith("ng"):
        stem = stem[:-1] + "k"
    return stem


def _strip(word, endings, vowels):
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
            rest = word[: -len(ending)]
            # A stem keeps a vowel: "kitob-i" → "kitob", but "Ali" stays.
            if vowels & set(rest):
                return rest
    return word


def crude_stem(word, language):
    """`word` with one common Russian or English ending cut (SQLite's matching only)."""
    endings = {"ru": _RUSSIAN_ENDINGS, "en": _ENGLISH_ENDINGS}.get(language)
    if not endings or len(word) <= 4:
        return word
    return _strip(word, endings, _VOWELS[language])


def index_words(text, language):
    """The words of `text` to index: each word, and for Uzbek its stem where that differs."""
    found = words(text, language)
    if language != UZBEK:
        return found
    return found + [stem for stem in map(uzbek_stem, found) if stem not in found]
