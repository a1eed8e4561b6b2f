# Day first, as in British English ("5 June 2023"), so a range reads "5–10 June 2023".
DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
MONTH_DAY_FORMAT = "j F"
