"""gunicorn settings for `make serve` and production. Override any of them with GUNICORN_* env."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# Worker recycling. A restart costs a fresh worker's start-up (importing Django and Wagtail: about
# a second of CPU, while the other workers carry the load) and cold caches: recycling every 2,000
# requests restarted a worker every few seconds at cached-page rates, which showed as p99 spikes
# of seconds. So no worker is recycled by count (GUNICORN_MAX_REQUESTS, default 0 = never).
# What recycling protects is the server's memory against a leak in a long-lived worker: a worker
# whose resident memory passes GUNICORN_MAX_WORKER_MEMORY_MB (checked every
# MEMORY_CHECK_EVERY requests, in post_request below) finishes its requests and is replaced.
# A normal worker stays far below the limit (about 150 MB), so this never fires without a leak.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "0"))
max_requests_jitter = max_requests // 10
MAX_WORKER_MEMORY_MB = int(os.environ.get("GUNICORN_MAX_WORKER_MEMORY_MB", "768"))
MEMORY_CHECK_EVERY = 500
accesslog = "-"
# The combined format plus the request id Django sends back, to match access and app log lines.
access_log_format = (
    '%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s" %({x-request-id}o)s'
)
errorlog = "-"
wsgi_app = "site_config.wsgi:application"


def resident_memory_mb():
    """This process's resident set size (Linux /proc; 0 where there is none)."""
    try:
        with open("/proc/self/statm") as statm:
            pages = int(statm.read().split()[1])
    except (OSError, ValueError, IndexError):
        return 0
    return pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)


def post_request(worker, req, environ, resp):
    """Recycle a worker whose memory has grown past MAX_WORKER_MEMORY_MB (a leak)."""
    served = getattr(worker, "served_since_check", 0) + 1
    worker.served_since_check = served
    if served < MEMORY_CHECK_EVERY or not MAX_WORKER_MEMORY_MB:
        return
    worker.served_since_check = 0
    resident = resident_memory_mb()
    if resident > MAX_WORKER_MEMORY_MB and worker.alive:
        worker.log.warning(
            "Worker %s uses %.0f MB (limit %s MB): restarting it after its current requests",
            worker.pid,
            resident,
            MAX_WORKER_MEMORY_MB,
        )
        worker.alive = False
