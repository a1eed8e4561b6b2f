# Django's Russian MONTH_DAY_FORMAT uses the nominative ("5 Июнь"); a date needs the genitive.
MONTH_DAY_FORMAT = "j E"
