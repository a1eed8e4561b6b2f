"""A request id on every request, response and log line, so one visit can be traced across logs.

The id comes from the proxy's X-Request-ID header when it is a sane token, so nginx, gunicorn and
Django log the same id; otherwise a fresh uuid4 hex. It is kept in a context variable (with the
request) for core.logging, and sent back in the X-Request-ID response header.
"""

import re
import uuid

from core.logging import current_request

HEADER = "X-Request-ID"
SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")


def request_id_from(header_value):
    """The incoming id if it is at most 64 letters, digits, '.', '_' or '-'; else a new one."""
    if header_value and SANE_REQUEST_ID.fullmatch(header_value):
        return header_value
    return uuid.uuid4().hex


class RequestIDMiddleware:
    """First in MIDDLEWARE, so every later middleware's log lines carry the id too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.request_id = request_id_from(request.headers.get(HEADER))
        token = current_request.set((request.request_id, request))
        try:
            response = self.get_response(request)
        finally:
            current_request.reset(token)
        response[HEADER] = request.request_id
        return response
