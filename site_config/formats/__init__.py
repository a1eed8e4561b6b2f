"""Date formats per language, over Django's own (FORMAT_MODULE_PATH); unset names fall back.

templates/includes/date_range.html builds ranges from DATE_FORMAT and MONTH_DAY_FORMAT: by
default day first and the year once at the end ("5–10 June 2023"); a language that writes
dates otherwise says how in DATE_RANGE_FORMATS (see uz/).
"""
