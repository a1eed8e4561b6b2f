"""Serving under gunicorn with production settings: requests/s, p99 and server CPU per request.

Against loopback servers (2 workers x 2 threads): the article, the news index and the home page
uncached (the page cache switched off through bench/nocache_settings.py) and cached, then a
static file of about the article's size and a font, served by whitenoise from the same server.
For each, the CPU the gunicorn process tree used (from /proc) per request served. Prints the
ratios cached/static and uncached/static of the article's requests/s.

The load generator is `wrk` when installed (`apt-get install wrk`; the bench installs it when
running as root with apt), otherwise a small multi-process Python client (slower: it measures
less than the server can do, so the ratios stay meaningful but the absolute figures are low).

Run on its own: `python -m bench.serve --db /tmp/x.sqlite3 --media /tmp/media --duration 10`.
"""

import argparse
import contextlib
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.load import ensure_wrk, log, measured_load

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
HOST = "127.0.0.1"


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def production_env(database_url, static_root, media_root, **extra):
    """The environment production settings need, for a loopback server over plain HTTP."""
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="site_config.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS=HOST,
        DATABASE_URL=database_url,
        SECURE_SSL_REDIRECT="false",
        SECURE_HSTS_SECONDS="0",
        STATIC_ROOT=str(static_root),
        MEDIA_ROOT=str(media_root),
        LOG_LEVEL="WARNING",
    )
    # The file cache (CACHE_DIR, shared by the workers) unless the caller passes a REDIS_URL.
    env.pop("REDIS_URL", None)
    env.update({key: str(value) for key, value in extra.items()})
    return env


def collectstatic(env):
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    log(f"  collectstatic in {time.monotonic() - started:.1f} s")


@contextlib.contextmanager
def gunicorn(env, workers=2, threads=None, log_path=None):
    """A gunicorn of the project on a free loopback port; yields its base URL."""
    with server(env, workers, threads, log_path) as (url, _process):
        yield url


@contextlib.contextmanager
def server(env, workers=2, threads=None, log_path=None, root=ROOT, command=None, health=None):
    """A gunicorn on a free loopback port; yields (base URL, the master's Popen).

    `root` and `command` run another project (the anchor: bench/anchor.py) the same way;
    `health` is the path polled until it answers (/healthz for this project)."""
    port = free_port()
    env = dict(env)
    env.update(GUNICORN_BIND=f"{HOST}:{port}", GUNICORN_WORKERS=str(workers))
    if threads is not None:
        env["GUNICORN_THREADS"] = str(threads)
    if command is None:
        command = [str(VENV_BIN / "gunicorn"), "-c", "gunicorn.conf.py"]
    else:
        command = [part.format(bind=f"{HOST}:{port}", workers=workers) for part in command]
    output = open(log_path or os.devnull, "ab")  # noqa: SIM115
    process = subprocess.Popen(
        command,
        cwd=root,
        env=env,
        stdout=output,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        wait_until_up(HOST, port, process, path=health or "/healthz")
        yield f"http://{HOST}:{port}", process
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        output.close()


def wait_until_up(host, port, process, timeout=60, path="/healthz"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {process.returncode}")
        try:
            status, _headers, _body = fetch(f"http://{host}:{port}{path}")
            if status < 500:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError("gunicorn did not answer in time")


def fetch(url, timeout=30, headers=None):
    match = re.match(r"http://([^:/]+):(\d+)(/.*)", url)
    host, port, path = match.group(1), int(match.group(2)), match.group(3)
    connection = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        connection.request("GET", path, headers={"Host": host, **(headers or {})})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


# The serving benchmark -------------------------------------------------------------------------


def static_file_like(static_root, size):
    """The URL path of the collected (fingerprinted) static file closest in size to `size`."""
    manifest_path = Path(static_root) / "staticfiles.json"
    names = []
    if manifest_path.exists():
        names = list(json.loads(manifest_path.read_text())["paths"].values())
    else:
        names = [
            str(path.relative_to(static_root))
            for path in Path(static_root).rglob("*")
            if path.is_file() and path.suffix not in {".gz", ".br"}
        ]
    best = min(names, key=lambda name: abs((Path(static_root) / name).stat().st_size - size))
    return "/static/" + best, (Path(static_root) / best).stat().st_size


def page_cache_available():
    return (ROOT / "core" / "page_cache.py").exists()


def article_path(database_url):
    """The URL path of a bulk article (the middle one), read from the database directly."""
    env = dict(os.environ, DATABASE_URL=database_url, DJANGO_SETTINGS_MODULE="bench.settings")
    code = (
        "import django; django.setup();"
        "from bench.render import _middle;"
        "from news.models import NewsArticlePage;"
        "print(_middle(NewsArticlePage.objects.live().filter(locale__language_code='uz'))"
        ".get_url())"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return output.stdout.strip().splitlines()[-1]


# Pages of the serving benchmark: (name, path or None for the archive's middle article).
PAGES = (("article", None), ("news index", "/uz/news/"), ("home", "/uz/"))
# Browsers ask for compressed responses; so does the benchmark unless told otherwise.
DEFAULT_ACCEPT_ENCODING = "gzip, deflate, br"
FONT_SIZE = 18 * 1024


def font_like(static_root, size=FONT_SIZE):
    """The URL path of the collected .woff2 font closest to `size` (fonts are never compressed)."""
    manifest_path = Path(static_root) / "staticfiles.json"
    if not manifest_path.exists():
        return None, 0
    names = [
        name
        for name in json.loads(manifest_path.read_text())["paths"].values()
        if name.endswith(".woff2")
    ]
    if not names:
        return None, 0
    best = min(names, key=lambda name: abs((Path(static_root) / name).stat().st_size - size))
    return "/static/" + best, (Path(static_root) / best).stat().st_size


def row(name, kind, path, figures, headers, body):
    return {
        "name": name,
        "kind": kind,
        "path": path,
        "bytes": len(body),
        "encoding": headers.get("Content-Encoding", "identity"),
        **figures,
    }


def serve_bench(
    database_url,
    media_root,
    duration=10,
    connections=16,
    workers=2,
    path=None,
    accept_encoding=DEFAULT_ACCEPT_ENCODING,
    extra_env=None,
):
    """Uncached and cached pages and static files, one server each; returns a dict (also the
    JSON written by bench/run.py): requests/s, p99, errors and the server's CPU per request."""
    wrk = ensure_wrk()
    tmp = Path(tempfile.mkdtemp(prefix="bench-serve-"))
    static_root = tmp / "static"
    base_env = production_env(
        database_url, static_root, media_root, CACHE_DIR=tmp / "cache", **(extra_env or {})
    )
    collectstatic(base_env)
    path = path or article_path(database_url)
    pages = [(name, page_path or path) for name, page_path in PAGES]
    headers = {"Accept-Encoding": accept_encoding} if accept_encoding else {}
    cache_present = page_cache_available()
    result = {
        "page": path,
        "workers": workers,
        "threads": int(os.environ.get("GUNICORN_THREADS", "2")),
        "duration_s": duration,
        "connections": connections,
        "generator": "wrk" if wrk else "python",
        "accept_encoding": accept_encoding,
        "cache": "redis" if (extra_env or {}).get("REDIS_URL") else "files",
        "database": database_url.split(":", 1)[0],
        "page_cache_present": cache_present,
        "load_average_start": [round(value, 2) for value in os.getloadavg()],
        "rows": [],
    }
    # Uncached: the page cache off (nocache settings); the page rendered on every request.
    nocache_env = dict(base_env, DJANGO_SETTINGS_MODULE="bench.nocache_settings")
    with server(nocache_env, workers, log_path=tmp / "gunicorn-uncached.log") as (url, process):
        for name, page_path in pages:
            status, _headers, body = fetch(url + page_path)
            if status != 200:
                raise RuntimeError(f"{page_path} answered {status}")
            if page_path == path:
                page_size = len(body)
            for _ in range(5):
                _status, answer_headers, answer = fetch(url + page_path, headers=headers)
            log(f"  uncached {name} {page_path} ({len(body)} bytes)")
            figures = measured_load(process, url + page_path, duration, connections, wrk, headers)
            result["rows"].append(row(name, "uncached", page_path, figures, answer_headers, answer))
    static_path, static_size = static_file_like(static_root, page_size)
    font_path, _font_size = font_like(static_root)
    with server(base_env, workers, log_path=tmp / "gunicorn.log") as (url, process):
        for name, page_path in pages:
            for _ in range(5):
                _status, answer_headers, answer = fetch(url + page_path, headers=headers)
            log(f"  cached {name}" + ("" if cache_present else " (no page cache in the project)"))
            figures = measured_load(process, url + page_path, duration, connections, wrk, headers)
            result["rows"].append(row(name, "cached", page_path, figures, answer_headers, answer))
        for name, static in (("static", static_path), ("font", font_path)):
            if static is None:
                continue
            status, answer_headers, answer = fetch(url + static, headers=headers)
            if status != 200:
                raise RuntimeError(f"{static} answered {status}")
            log(f"  {name} file {static} ({len(answer)} bytes as served)")
            figures = measured_load(process, url + static, duration, connections, wrk, headers)
            result["rows"].append(row(name, "static", static, figures, answer_headers, answer))
    result.update(page_bytes=page_size, static_path=static_path, static_bytes=static_size)
    result["load_average_end"] = [round(value, 2) for value in os.getloadavg()]
    by_name = {(item["kind"], item["name"]): item for item in result["rows"]}
    result["uncached"] = by_name[("uncached", "article")]
    result["cached"] = by_name[("cached", "article")]
    result["static"] = by_name[("static", "static")]
    static_rps = result["static"]["rps"] or 1
    result["ratio_cached_static"] = round(result["cached"]["rps"] / static_rps, 3)
    result["ratio_uncached_static"] = round(result["uncached"]["rps"] / static_rps, 3)
    shutil.rmtree(tmp, ignore_errors=True)
    return result


def format_serve(result):
    lines = [
        f"gunicorn, production settings ({result.get('database', 'sqlite')}, "
        f"{result.get('cache', 'files')} cache), {result['workers']} workers x "
        f"{result['threads']} threads; {result['generator']}, {result['connections']} "
        f"connections, {result['duration_s']} s each, Accept-Encoding "
        f"{result.get('accept_encoding')!r}; page {result['page']} ({result['page_bytes']} B), "
        f"static {result['static_path']} ({result['static_bytes']} B)",
        f"{'':<9} {'':<11} {'req/s':>8} {'p99 ms':>8} {'CPU ms/req':>10} {'requests':>9} "
        f"{'errors':>6} {'bytes':>7} {'encoding':>8}",
    ]
    for item in result.get("rows") or [
        dict(result[key], kind=key, name="article") for key in ("uncached", "cached", "static")
    ]:
        lines.append(
            f"{item['kind']:<9} {item['name']:<11} {item['rps']:>8} {item['p99_ms']!s:>8} "
            f"{item.get('cpu_ms_per_request')!s:>10} {item['requests']:>9} {item['errors']:>6} "
            f"{item.get('bytes', '')!s:>7} {item.get('encoding', '')!s:>8}"
        )
    lines.append(
        f"cached/static = {result['ratio_cached_static']}, "
        f"uncached/static = {result['ratio_uncached_static']} (article, requests/s); "
        f"load average {result.get('load_average_start')} -> {result.get('load_average_end')}"
    )
    if not result["page_cache_present"]:
        lines.append(
            "* no page cache in the project (core/page_cache.py missing): "
            "'cached' is the same uncached render under production settings."
        )
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="SQLite file built by bench.build_archive")
    parser.add_argument("--database-url", help="a database built by bench.build_archive")
    parser.add_argument("--media", required=True, help="MEDIA_ROOT the database's images are in")
    parser.add_argument("--redis-url", default="", help="Redis for the cache (else files)")
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--accept-encoding", default=DEFAULT_ACCEPT_ENCODING)
    parser.add_argument("--anchor", help="a bakerydemo checkout to measure the same way")
    parser.add_argument("--json", help="write the result to this file")
    args = parser.parse_args(argv)
    if not (args.db or args.database_url):
        parser.error("--db or --database-url is required")
    database_url = args.database_url or f"sqlite:///{os.path.abspath(args.db)}"
    result = serve_bench(
        database_url,
        args.media,
        args.duration,
        args.connections,
        accept_encoding=args.accept_encoding,
        extra_env={"REDIS_URL": args.redis_url} if args.redis_url else None,
    )
    print(format_serve(result))
    if args.anchor:
        from bench.anchor import anchor_bench, format_anchor

        result["anchor"] = anchor_bench(
            args.anchor, args.duration, args.connections, args.accept_encoding
        )
        print(format_anchor(result["anchor"], result))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
