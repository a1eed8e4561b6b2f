"""In-process cost of each kind of public page: SQL queries, median and p95 render time.

Requests go through Django's test client (the whole middleware stack, no network), after two
warm-up requests that fill the caches living across requests (site root paths, locales, image
renditions). The page cache, when the project has one, is switched off: this measures renders.

Run on its own: `python -m bench.render --db /tmp/x.sqlite3 --repeat 30 --json out.json`.
"""

import argparse
import contextlib
import json
import math
import os
import statistics
import sys
import threading
import time

WARMUPS = 2
DEFAULT_REPEAT = 30
DEFAULT_BUDGET = 10.0
DEFAULT_REQUEST_TIMEOUT = 60.0
SEARCH_QUERY = "seminar"


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def _first(queryset):
    return queryset.order_by("path").first()


def bench_pages(languages=("uz", "ru")):
    """[(name, url)] of the pages measured: each kind of public page, in Uzbek, and a few in
    Russian. Archive pages are the bulk ones (bench/build_archive.py) when there are any."""
    from wagtail.models import Locale

    from events.models import EventIndexPage, EventReportPage
    from home.models import HomePage
    from news.models import ARTICLES_PER_PAGE, NewsArticlePage, NewsIndexPage
    from partners.models import PartnerIndexPage, PartnerProfilePage

    pages = []
    for language in languages:
        locale = Locale.objects.filter(language_code=language).first()
        if locale is None:
            continue
        suffix = f" ({language})"
        home = HomePage.objects.filter(locale=locale).first()
        news_index = NewsIndexPage.objects.filter(locale=locale).first()
        if home is None or news_index is None:
            continue
        pages.append(("home" + suffix, home.get_url()))
        pages.append(("news index p1" + suffix, news_index.get_url()))
        article = _middle(NewsArticlePage.objects.live().filter(locale=locale))
        if language != languages[0]:
            if article:
                pages.append(("article" + suffix, article.get_url()))
            continue
        count = news_index.articles().count()
        last = max(1, math.ceil(count / ARTICLES_PER_PAGE))
        pages.append(("news index last" + suffix, f"{news_index.get_url()}?page={last}"))
        if article:
            pages.append(("article" + suffix, article.get_url()))
        event_index = EventIndexPage.objects.filter(locale=locale).first()
        if event_index:
            pages.append(("event index" + suffix, event_index.get_url()))
        event = _middle(EventReportPage.objects.live().filter(locale=locale))
        if event:
            pages.append(("event report" + suffix, event.get_url()))
        partner_index = PartnerIndexPage.objects.filter(locale=locale).first()
        if partner_index:
            pages.append(("partner index" + suffix, partner_index.get_url()))
        partner = _busiest_partner(locale)
        if partner is None:
            partner = _first(PartnerProfilePage.objects.live().filter(locale=locale))
        if partner:
            pages.append(("partner profile" + suffix, partner.get_url()))
        prefix = f"/{language}"
        pages.append(("search" + suffix, f"{prefix}/search/?q={SEARCH_QUERY}"))
        pages.append(("news feed" + suffix, f"{prefix}/news/feed/"))
        pages.append(("events feed" + suffix, f"{prefix}/events/feed/"))
        pages.append(("calendar" + suffix, f"{prefix}/events/calendar.ics"))
    pages.append(("sitemap", "/sitemap.xml"))
    return pages


def _middle(queryset):
    """A page from the middle of the archive: neither the newest nor the oldest."""
    bulk = queryset.filter(slug__startswith="bench-")
    if bulk.exists():
        queryset = bulk
    count = queryset.count()
    if not count:
        return None
    return queryset.order_by("path")[count // 2]


def _busiest_partner(locale):
    """The bulk partner named by the most events (the longest timeline)."""
    from partners.models import PartnerProfilePage

    return _first(
        PartnerProfilePage.objects.live().filter(locale=locale, slug="bench-partner-1")
    ) or _first(PartnerProfilePage.objects.live().filter(locale=locale, slug__startswith="bench-"))


def page_cache_off():
    """A context manager that disables the page cache, whatever its setting is called."""
    from django.test import override_settings

    return override_settings(PAGE_CACHE_ENABLED=False)


class RequestTimeout(Exception):
    pass


@contextlib.contextmanager
def interrupt_after(seconds):
    """Abort the SQLite query running after `seconds` (RequestTimeout); a no-op elsewhere.

    Some queries grow faster than the archive (the SQLite search backend ranks every
    candidate with a correlated full-text subquery): a run must end all the same.
    """
    from django.db import DatabaseError, connection

    connection.ensure_connection()
    raw = connection.connection
    if not seconds or not hasattr(raw, "interrupt"):
        yield
        return
    fired = threading.Event()

    def interrupt():
        fired.set()
        raw.interrupt()

    timer = threading.Timer(seconds, interrupt)
    timer.start()
    try:
        yield
    except DatabaseError as error:
        if fired.is_set():
            raise RequestTimeout(seconds) from error
        raise
    finally:
        timer.cancel()


def measure(
    pages=None,
    repeat=DEFAULT_REPEAT,
    warmups=WARMUPS,
    budget=DEFAULT_BUDGET,
    timeout=DEFAULT_REQUEST_TIMEOUT,
    log=None,
):
    """[{name, url, status, queries, bytes, median_ms, p95_ms, samples}] for each of `pages`.

    Each page is requested `repeat` times, or fewer (at least three, one for a page slower
    than a third of the budget) once `budget` seconds are spent on it.
    """
    from django.core.cache import caches
    from django.test import Client

    pages = pages if pages is not None else bench_pages()
    client = Client()
    rows = []
    with page_cache_off():
        for cache in caches.all():
            cache.clear()
        for name, url in pages:
            try:
                row = _measure_page(client, name, url, repeat, warmups, budget, timeout)
            except RequestTimeout:
                row = {
                    "name": name,
                    "url": url,
                    "status": f">{timeout:.0f}s",
                    "queries": None,
                    "bytes": 0,
                    "median_ms": None,
                    "p95_ms": None,
                    "samples": 0,
                }
            rows.append(row)
            if log:
                log(
                    f"  {name:<24} {row['status']} {row['queries']!s:>3} q "
                    f"{row['median_ms']!s:>8} ms {url}"
                )
    return rows


def _measure_page(client, name, url, repeat, warmups, budget, timeout):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def get():
        with interrupt_after(timeout):
            response = client.get(url)
            if not response.streaming:
                response.content  # noqa: B018  (rendered lazily for TemplateResponse)
        return response

    # A page that takes seconds (search or sitemap over a large archive) gets one warm-up and
    # one timed request: enough to see it, without holding the run up.
    slow = False
    for _ in range(warmups):
        started = time.perf_counter()
        get()
        if time.perf_counter() - started > budget / 3:
            slow = True
            break
    with CaptureQueriesContext(connection) as queries:
        response = get()
    # Read now: the next request empties the connection's query log.
    query_count = len(queries)
    size = len(response.content) if not response.streaming else 0
    durations = []
    page_started = time.perf_counter()
    for number in range(repeat):
        if number >= (1 if slow else 3) and time.perf_counter() - page_started > budget:
            break
        started = time.perf_counter()
        response = get()
        durations.append((time.perf_counter() - started) * 1000)
    return {
        "name": name,
        "url": url,
        "status": response.status_code,
        "queries": query_count,
        "bytes": size,
        "median_ms": round(statistics.median(durations), 2) if durations else None,
        "p95_ms": round(percentile(durations, 0.95), 2) if durations else None,
        "samples": len(durations),
    }


def format_table(rows):
    lines = [f"{'page':<24} {'status':>6} {'queries':>7} {'KB':>7} {'median ms':>10} {'p95 ms':>8}"]
    for row in rows:
        lines.append(
            f"{row['name']:<24} {row['status']!s:>6} {row['queries']!s:>7} "
            f"{row['bytes'] / 1024:>7.1f} {row['median_ms']!s:>10} {row['p95_ms']!s:>8}"
        )
    return "\n".join(lines)


def log_to_stderr(line):
    print(line, file=sys.stderr, flush=True)


def main(argv=None):
    from bench.build_archive import setup_django

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="SQLite file built by bench.build_archive")
    parser.add_argument("--repeat", type=int, default=DEFAULT_REPEAT)
    parser.add_argument("--budget", type=float, default=DEFAULT_BUDGET, help="seconds a page")
    parser.add_argument(
        "--timeout", type=float, default=DEFAULT_REQUEST_TIMEOUT, help="seconds a request"
    )
    parser.add_argument("--json", help="write the rows to this file")
    args = parser.parse_args(argv)
    setup_django(args.db)
    rows = measure(
        repeat=args.repeat,
        budget=args.budget,
        log=lambda line: print(line, file=sys.stderr, flush=True),
    )
    if not os.environ.get("BENCH_QUIET"):
        print(format_table(rows))
    if args.json:
        with open(args.json, "w") as file:
            json.dump(rows, file, indent=2)


if __name__ == "__main__":
    main()
