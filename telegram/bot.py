"""The two Bot API calls the site makes, over HTTPS with `requests`, and what their errors mean.

The bot token is part of every request URL (https://api.telegram.org/bot<token>/sendPhoto), so
it turns up in exception messages and in urllib3's debug lines. Every error this module raises
has it replaced, and `TokenFilter` does the same for urllib3's log records: no log line and no
stored error carries the token.
"""

import logging
from urllib.parse import quote

import requests

from telegram import conf

# (connect, read) seconds: a photo upload may take a while, a dead server must not.
TIMEOUT = (5, 60)
HIDDEN = "[token]"


class BotAPIError(Exception):
    """A call that did not succeed. `transient` ones (network, 429, 5xx) are worth retrying,
    after `retry_after` seconds when Telegram says so. `description` is short, for editors;
    `detail`, for the logs, may say more."""

    def __init__(self, description, transient, retry_after=None, detail=""):
        super().__init__(description)
        self.description = description
        self.transient = transient
        self.retry_after = retry_after
        self.detail = detail or description


def network_error(error, token):
    if isinstance(error, requests.Timeout):
        summary = "no answer from the Bot API in time"
    elif isinstance(error, requests.ConnectionError):
        summary = "the connection to the Bot API failed"
    else:
        summary = "the request failed"
    detail = redact(f"{type(error).__name__}: {error}", token)
    return BotAPIError(f"{type(error).__name__}: {summary}", True, detail=detail)


def redact(text, token=None):
    token = conf.bot_token() if token is None else token
    if not token:
        return text
    for form in {token, quote(token), quote(token, safe="")}:
        text = text.replace(form, HIDDEN)
    return text


class TokenFilter(logging.Filter):
    """Replaces the bot token in the records of a logger (urllib3 logs request URLs)."""

    def filter(self, record):
        token = conf.bot_token()
        if token:
            message = record.getMessage()
            if token in message or quote(token) in message:
                record.msg, record.args = redact(message, token), ()
        return True


def install_token_filter():
    logger = logging.getLogger("urllib3.connectionpool")
    if not any(isinstance(existing, TokenFilter) for existing in logger.filters):
        logger.addFilter(TokenFilter())


def call(method, data, files=None):
    """POST `method` to the Bot API; its `result`, or BotAPIError."""
    token = conf.bot_token()
    url = f"{conf.api_url()}/bot{token}/{method}"
    try:
        response = requests.post(url, data=data, files=files, timeout=TIMEOUT)
    except requests.RequestException as error:
        raise network_error(error, token) from None
    try:
        payload = response.json()
    except ValueError:
        payload = {}
    if response.ok and payload.get("ok"):
        return payload.get("result") or {}
    description = payload.get("description") or response.reason or "no description"
    retry_after = (payload.get("parameters") or {}).get("retry_after")
    raise BotAPIError(
        redact(f"{response.status_code} {description}", token),
        transient=response.status_code == 429 or response.status_code >= 500,
        retry_after=retry_after if isinstance(retry_after, int) else None,
    )


def send_message(chat_id, text):
    data = {"chat_id": chat_id, "text": text, "parse_mode": "HTML"}
    return call("sendMessage", data)


def send_photo(chat_id, caption, photo):
    """`photo`: (file name, open binary file, content type), sent as a multipart upload."""
    data = {"chat_id": chat_id, "caption": caption, "parse_mode": "HTML"}
    return call("sendPhoto", data, files={"photo": photo})
