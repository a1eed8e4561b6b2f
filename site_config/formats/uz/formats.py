# "5-iyun 2023-yil": Django's Uzbek format puts a comma after the month. Month names are
# lowercased by core.templatetags.locale_tags.local_date, which Django's formats cannot do.
DATE_FORMAT = r"j-E Y-\y\i\l"
DATETIME_FORMAT = r"j-E Y-\y\i\l G:i"
MONTH_DAY_FORMAT = "j-E"
