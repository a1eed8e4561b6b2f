"""/healthz for the load balancer: is the database answering, is the cache storing?

200 {"status": "ok", "database": "ok", "cache": "ok"} when both work, 503 naming the failing part
otherwise. Never cached, never a page: a broken database must not turn into a 500 error page.
"""

import logging
import secrets

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        row = cursor.fetchone()
    if not row or row[0] != 1:
        raise RuntimeError(f"SELECT 1 returned {row!r}")


def check_cache():
    key = f"healthz:{secrets.token_hex(8)}"
    value = secrets.token_hex(8)
    cache.set(key, value, 10)
    try:
        if cache.get(key) != value:
            raise RuntimeError("the cache did not return the value just stored")
    finally:
        cache.delete(key)


CHECKS = {"database": check_database, "cache": check_cache}


@never_cache
@require_safe
def healthz(request):
    report = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception:
            logger.exception("Health check failed: %s", name)
            report[name] = "error"
        else:
            report[name] = "ok"
    healthy = all(value == "ok" for value in report.values())
    response = JsonResponse(
        {"status": "ok" if healthy else "error", **report}, status=200 if healthy else 503
    )
    response["Cache-Control"] = "no-store"
    return response
