"""Log lines with the request's id, path, method, status and locale: JSON lines or plain text.

Only these named fields are written. Django's `django.request` records carry the whole request
object; nothing else is read from it, so POST data, cookies and the session never reach the logs.
Loaded by LOGGING before the apps, so this module imports nothing from the project.
"""

import json
import logging
from contextvars import ContextVar
from datetime import UTC, datetime

from django.http import HttpRequest

# (request id, request) of the request being handled, set by core.request_id; None outside.
current_request = ContextVar("current_request", default=None)

CONTEXT_FIELDS = ("request_id", "path", "method", "status", "locale")


def request_context(record):
    """The request fields for `record`: from the record's own request, else the current one."""
    request_id, request = current_request.get() or (None, None)
    own_request = getattr(record, "request", None)
    if isinstance(own_request, HttpRequest):
        request = own_request
        request_id = getattr(own_request, "request_id", request_id)
    if request is None:
        return dict.fromkeys(CONTEXT_FIELDS)
    return {
        "request_id": request_id,
        "path": request.path,
        "method": request.method,
        "status": getattr(record, "status_code", None),
        # Set by LocaleMiddleware; absent for lines logged before it ran.
        "locale": getattr(request, "LANGUAGE_CODE", None),
    }


class JSONFormatter(logging.Formatter):
    """One JSON object per line; for log collectors in production (LOG_FORMAT=json)."""

    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            **request_context(record),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    """Readable lines for development (LOG_FORMAT=text), with the request id and path if any."""

    def __init__(self, fmt=None, datefmt=None, style="%", **kwargs):
        fmt = fmt or "%(asctime)s %(levelname)s %(name)s %(context)s%(message)s"
        super().__init__(fmt, datefmt, style, **kwargs)

    def format(self, record):
        context = request_context(record)
        record.context = " ".join(
            f"{name}={value}" for name, value in context.items() if value is not None
        )
        if record.context:
            record.context = f"[{record.context}] "
        return super().format(record)
