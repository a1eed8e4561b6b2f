"""/healthz for the load balancer: is the database answering, is the cache storing?

200 {"status": "ok", "database": "ok", "cache": "ok"} when both work. A broken database answers
503: the server cannot serve pages. A broken cache answers 200 with "status": "degraded" and
"cache": "error", because pages are then served from the database (core.cache_backends): a load
balancer that took every server out because their shared Redis is down would turn a slowdown
into an outage. A balancer or monitor that wants 503 for any failing part asks `/healthz?strict=1`.
Never cached, never a page: a broken database must not turn into a 500 error page.
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
# Parts without which the server cannot answer readers at all.
ESSENTIAL = frozenset({"database"})


@never_cache
@require_safe
def healthz(request):
    report = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception as error:
            logger.warning("Health check failed: %s: %s", name, error)
            report[name] = "error"
        else:
            report[name] = "ok"
    failed = {name for name, value in report.items() if value != "ok"}
    strict = request.GET.get("strict") == "1"
    if not failed:
        status, code = "ok", 200
    elif failed & ESSENTIAL or strict:
        status, code = "error", 503
    else:
        status, code = "degraded", 200
    response = JsonResponse({"status": status, **report}, status=code)
    response["Cache-Control"] = "no-store"
    return response
