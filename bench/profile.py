"""`make profile`: where the CPU time of an uncached page goes, under production settings.

The requests go through the real WSGI application (site_config.wsgi: every middleware, the
file cache in a temp directory, JSON logging, whitenoise with collected static files) in this
one process, with the page cache off, so every request renders. For each page (an article, the
news index, the home page, in Uzbek):

1. CPU time per request (time.process_time, no profiler attached; median and p90 over
   --requests requests after --warmup warm-ups) and SQL queries per request;
2. cProfile over the same requests: the time spent *in* each function (tottime) summed by
   area (template rendering, the ORM, SQLite, unpickling cache entries, logging, compression,
   middleware, Wagtail, …), and the --top functions by cumulative and by own time.

The .prof files (for snakeviz or `python -m pstats`) are written to --output. Without --db the
archive is built first (bench.build_archive, --articles in size) in --workdir, reused later.

`python -m bench.profile --db /tmp/x/large.sqlite3 --media /tmp/x/media --requests 200`
"""

import argparse
import cProfile
import io
import json
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REQUESTS = 200
DEFAULT_WARMUP = 20
DEFAULT_TOP = 25

# Where a function's own time is counted, by the first fragment of its file path that matches
# (or its name, for built-ins). Order matters: the first match wins.
AREAS = (
    ("pickle (cache entries, model instances)", ("_pickle", "pickle.", "copyreg", "__reduce")),
    ("zlib / gzip (cache files, compression)", ("zlib", "gzip", "brotli", "compress")),
    ("SQLite driver", ("sqlite3", "_sqlite")),
    ("PostgreSQL driver", ("psycopg",)),
    ("Django ORM", ("django/db/",)),
    ("Django templates", ("django/template/", "django/templatetags/")),
    ("translation (gettext)", ("django/utils/translation", "gettext")),
    ("Django cache back-ends", ("django/core/cache/",)),
    ("Django HTTP and middleware", ("django/http/", "django/middleware/", "django/core/handlers")),
    ("Django URL resolving", ("django/urls/",)),
    ("Django other", ("django/",)),
    ("Wagtail images and renditions", ("wagtail/images/",)),
    ("Wagtail rich text and blocks", ("wagtail/rich_text", "wagtail/blocks/", "wagtail/fields")),
    ("Wagtail other", ("wagtail/",)),
    ("wagtail-localize", ("wagtail_localize",)),
    ("modelcluster / treebeard / taggit", ("modelcluster", "treebeard", "taggit")),
    ("csp / whitenoise / axes", ("csp/", "whitenoise", "axes/")),
    ("logging", ("logging/", "core/logging.py")),
    ("json", ("json/",)),
    ("regular expressions", ("re/", "_sre", "sre_", "re.Pattern", "Pattern")),
    (
        "the site's own code",
        tuple(
            f"/{name}/"
            for name in (
                "core",
                "home",
                "news",
                "events",
                "partners",
                "seo",
                "search",
                "translations",
                "telegram",
                "site_config",
            )
        ),
    ),
)
OTHER = "other (stdlib, builtins)"


def log(message):
    print(message, file=sys.stderr, flush=True)


def area_of(filename, function_name):
    text = f"{filename}:{function_name}"
    for area, fragments in AREAS:
        if any(fragment in text for fragment in fragments):
            return area
    return OTHER


def areas(stats):
    """{area: own seconds} over every function of a pstats.Stats, largest first."""
    totals = {}
    for (filename, _line, name), (_cc, _nc, tottime, _ct, _callers) in stats.stats.items():
        key = area_of(filename, name)
        totals[key] = totals.get(key, 0.0) + tottime
    return dict(sorted(totals.items(), key=lambda item: -item[1]))


def environ_for(path, accept_encoding="gzip"):
    path, _, query = path.partition("?")
    environ = {
        "REQUEST_METHOD": "GET",
        "SCRIPT_NAME": "",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_HOST": "127.0.0.1",
        "HTTP_USER_AGENT": "bench.profile",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
    if accept_encoding:
        environ["HTTP_ACCEPT_ENCODING"] = accept_encoding
    return environ


def request(application, path, accept_encoding="gzip"):
    """One request through the WSGI application; returns (status, body size)."""
    answer = {}

    def start_response(status, headers, exc_info=None):
        answer["status"] = status

    body = application(environ_for(path, accept_encoding), start_response)
    try:
        size = sum(len(chunk) for chunk in body)
    finally:
        if hasattr(body, "close"):
            body.close()
    return int(answer["status"].split()[0]), size


def measure(application, path, requests, warmup, accept_encoding="gzip"):
    """CPU ms per request (no profiler), queries per request and the response size."""
    from django.db import connection

    for _ in range(warmup):
        status, size = request(application, path, accept_encoding)
        if status != 200:
            raise RuntimeError(f"{path} answered {status}")
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    # Django resets its query log at each request's start, so the queries are counted here.
    with connection.execute_wrapper(count):
        request(application, path, accept_encoding)
    samples = []
    for _ in range(requests):
        started = time.process_time()
        request(application, path, accept_encoding)
        samples.append((time.process_time() - started) * 1000)
    samples.sort()
    return {
        "cpu_ms_median": round(statistics.median(samples), 2),
        "cpu_ms_p90": round(samples[int(len(samples) * 0.9) - 1], 2),
        "cpu_ms_min": round(samples[0], 2),
        "queries": len(queries),
        "bytes": size,
    }


def profile(application, path, requests, accept_encoding="gzip"):
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(requests):
        request(application, path, accept_encoding)
    profiler.disable()
    return profiler


def report(name, path, figures, profiler, requests, top, output):
    stats = pstats.Stats(profiler)
    total = sum(value for value in areas(stats).values())
    lines = [
        "",
        f"== {name} {path}: CPU {figures['cpu_ms_median']} ms per request (median; p90 "
        f"{figures['cpu_ms_p90']}, min {figures['cpu_ms_min']}), {figures['queries']} queries, "
        f"{figures['bytes']} bytes",
        f"   own time by area under cProfile ({total / requests * 1000:.1f} ms per request with "
        "the profiler's overhead):",
    ]
    by_area = {}
    for area, seconds in areas(stats).items():
        share = seconds / total * 100 if total else 0
        by_area[area] = round(seconds / requests * 1000, 3)
        if share >= 0.5:
            lines.append(f"   {share:5.1f}%  {seconds / requests * 1000:7.2f} ms  {area}")
    for sort in ("cumulative", "tottime"):
        buffer = io.StringIO()
        pstats.Stats(profiler, stream=buffer).strip_dirs().sort_stats(sort).print_stats(top)
        text = buffer.getvalue()
        start = text.find("   ncalls")
        lines.append(f"   top {top} by {sort} time (seconds over {requests} requests):")
        lines.append(text[start:].rstrip() if start >= 0 else text.rstrip())
    if output:
        output.mkdir(parents=True, exist_ok=True)
        profiler.dump_stats(output / f"{name}.prof")
    return "\n".join(lines), by_area


def build_archive(workdir, articles):
    """The large archive of bench.run in `workdir` (reused when already built at this size)."""
    from bench.build_archive import DEFAULT_SIZE
    from bench.run import build, small_size

    workdir.mkdir(parents=True, exist_ok=True)
    env = dict(
        os.environ, MEDIA_ROOT=str(workdir / "media"), DJANGO_SETTINGS_MODULE="bench.settings"
    )
    env.pop("DATABASE_URL", None)
    database = workdir / "large.sqlite3"
    size = small_size(DEFAULT_SIZE, articles)
    built = workdir / "large.built.json"
    if built.exists() and json.loads(built.read_text()) == size:
        return database
    from bench.run import copy_database

    base = workdir / "base.sqlite3"
    if not base.exists():
        log("Base database (migrate + demo slice)")
        subprocess.run(
            [sys.executable, "-m", "bench.build_archive", "--db", str(base), "--base-only"],
            cwd=ROOT,
            env=env,
            check=True,
        )
    copy_database(base, database)
    log(f"Archive {size}")
    build(database, size, env)
    built.write_text(json.dumps(size))
    return database


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="SQLite archive (bench.build_archive); built when absent")
    parser.add_argument("--media", help="its MEDIA_ROOT (default: media/ beside --db)")
    parser.add_argument("--database-url", help="profile against this database instead")
    parser.add_argument("--workdir", default=os.path.join(tempfile.gettempdir(), "obgyn-profile"))
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=DEFAULT_REQUESTS)
    parser.add_argument("--warmup", type=int, default=DEFAULT_WARMUP)
    parser.add_argument("--top", type=int, default=DEFAULT_TOP)
    parser.add_argument("--pages", default="article,index,home")
    parser.add_argument("--accept-encoding", default="gzip", help="'' for an identity client")
    parser.add_argument("--redis-url", default="", help="Redis instead of the file cache")
    parser.add_argument("--output", default=str(ROOT / "bench" / "results" / "profile"))
    parser.add_argument("--json", help="write the figures to this file")
    parser.add_argument(
        "--no-profile", action="store_true", help="only the CPU figures (for A/B comparisons)"
    )
    parser.add_argument(
        "--cached", action="store_true", help="the page cache on: profile cache hits instead"
    )
    args = parser.parse_args(argv)

    workdir = Path(args.workdir)
    if args.database_url:
        database_url = args.database_url
        media = Path(args.media or workdir / "media")
    else:
        database = Path(args.db) if args.db else build_archive(workdir, args.articles)
        database_url = f"sqlite:///{database.resolve()}"
        media = Path(args.media) if args.media else database.parent / "media"

    from bench.serve import article_path, collectstatic, production_env

    static_root = workdir / "static"
    cache_dir = Path(tempfile.mkdtemp(prefix="obgyn-profile-cache-"))
    env = production_env(
        database_url,
        static_root,
        media,
        PAGE_CACHE_ENABLED="true" if args.cached else "false",
        CACHE_DIR=cache_dir,
        **({"REDIS_URL": args.redis_url} if args.redis_url else {}),
    )
    if not (static_root / "staticfiles.json").exists():
        collectstatic(env)
    paths = {"article": article_path(database_url), "index": "/uz/news/", "home": "/uz/"}
    os.environ.clear()
    os.environ.update(env)
    import django
    from django.core.wsgi import get_wsgi_application

    django.setup(set_prefix=False)
    application = get_wsgi_application()
    results = {}
    print(
        f"Production settings in process, page cache {'on (hits)' if args.cached else 'off'}, "
        f"{args.requests} requests a page, "
        f"Accept-Encoding {args.accept_encoding!r}, cache "
        f"{'Redis' if args.redis_url else 'files'}, database {database_url.split(':')[0]}"
    )
    output = Path(args.output) if args.output else None
    for name in args.pages.split(","):
        path = paths[name]
        figures = measure(application, path, args.requests, args.warmup, args.accept_encoding)
        results[name] = {"path": path, **figures}
        if args.no_profile:
            continue
        profiler = profile(application, path, args.requests, args.accept_encoding)
        text, by_area = report(name, path, figures, profiler, args.requests, args.top, output)
        print(text)
        results[name]["own_ms_by_area"] = by_area
    print()
    for name, figures in results.items():
        print(
            f"{name:<8} {figures['path']:<40} CPU {figures['cpu_ms_median']:>6} ms "
            f"(p90 {figures['cpu_ms_p90']}), {figures['queries']} queries"
        )
    print(f"load average {[round(value, 2) for value in os.getloadavg()]}; profiles in {output}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    return results


if __name__ == "__main__":
    main()
