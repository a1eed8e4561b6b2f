"""Date formats per language, over Django's own (FORMAT_MODULE_PATH); unset names fall back.

templates/includes/date_range.html builds ranges from DATE_FORMAT and MONTH_DAY_FORMAT, so
both must put the day first in every language.
"""
