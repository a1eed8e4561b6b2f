"""Text as the site search compares it: one spelling for every way of typing an Uzbek letter.

Used on both sides of a search: for the indexed text of every page (home.models.BasePage) and for
the reader's query (search.views).
"""

import unicodedata

APOSTROPHES = (
    "'"  # U+0027 apostrophe (ASCII)
    "`"  # U+0060 grave accent
    "´"  # U+00B4 acute accent
    "ʹ"  # U+02B9 modifier letter prime
    "ʻ"  # U+02BB modifier letter turned comma: the official oʻ/gʻ sign
    "ʼ"  # U+02BC modifier letter apostrophe: the official tutuq belgisi
    "ʽ"  # U+02BD modifier letter reversed comma
    "‘"  # U+2018 left single quotation mark
    "’"  # U+2019 right single quotation mark
    "‛"  # U+201B single high-reversed-9 quotation mark
    "′"  # U+2032 prime
)
_WITHOUT_APOSTROPHES = str.maketrans("", "", APOSTROPHES)


def normalise(text):
    """`text` with every kind of apostrophe removed: "oʻ", "o'", "o‘", "o’" all become "o".

    Also composes letters typed as a base letter and a combining mark (NFC), as indexed text is.
    """
    return unicodedata.normalize("NFC", str(text)).translate(_WITHOUT_APOSTROPHES)
