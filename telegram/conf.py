"""The Telegram settings, read when they are used (so tests can change them).

Each value comes from the Django setting of the same name when settings define it, else from the
environment. Absent means off: without a bot token, or without a channel for a language, nothing
is queued or sent for it and no request is made.
"""

import os

from django.conf import settings

DEFAULT_API_URL = "https://api.telegram.org"


def setting(name, default=""):
    return getattr(settings, name, os.environ.get(name, default))


def flag(name, default):
    value = setting(name, None)
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in {"1", "true", "yes", "on"}


def bot_token():
    return (setting("TELEGRAM_BOT_TOKEN") or "").strip()


def api_url():
    return (setting("TELEGRAM_API_URL") or DEFAULT_API_URL).strip().rstrip("/")


def channel_setting_name(language):
    return "TELEGRAM_CHANNEL_" + language.upper().replace("-", "_")


def channel_for(language):
    """The chat id (@name or -100…) of `language`'s channel, or "" when it has none."""
    return str(setting(channel_setting_name(language)) or "").strip()


def send_in_background():
    """Off only in tests: the post is then sent inside the on_commit callback itself."""
    return flag("TELEGRAM_SEND_IN_BACKGROUND", True)
