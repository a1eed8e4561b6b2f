# Uzbek puts the year first: "2023‑yil 5‑iyun" (Django's own format is "5-iyun, 2023-yil").
# The hyphens are no-break hyphens, so that no line, feed reader or plain-text post breaks
# "5‑|iyun" or "2023‑|yil". Month names are lowercased by
# core.templatetags.locale_tags.local_date, which Django's formats cannot do.
NO_BREAK_HYPHEN = "\u2011"
YEAR = rf"Y{NO_BREAK_HYPHEN}\y\i\l"

DATE_FORMAT = rf"{YEAR} j{NO_BREAK_HYPHEN}E"
DATETIME_FORMAT = rf"{YEAR} j{NO_BREAK_HYPHEN}E G:i"
MONTH_DAY_FORMAT = f"j{NO_BREAK_HYPHEN}E"
# How includes/date_range.html joins two dates (core.templatetags.locale_tags.date_range_texts):
# "2023‑yil 5–10‑iyun", "2023‑yil 28‑iyun – 2‑iyul"; across years both dates are whole.
DATE_RANGE_FORMATS = {
    "same_month": (f"{YEAR} j", "MONTH_DAY_FORMAT"),
    "same_year": ("DATE_FORMAT", "MONTH_DAY_FORMAT"),
}
