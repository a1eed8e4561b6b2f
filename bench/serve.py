"""Serving under gunicorn with production settings: requests per second and p99 latency.

Three measurements against one loopback server (2 workers): an uncached page (the page cache
switched off through bench/nocache_settings.py), the same page with the page cache (production
settings as they are; if the project has no page cache yet the output says so), and a static
file of about the page's size served by whitenoise from the same server. Prints the ratios
cached/static and uncached/static.

The load generator is `wrk` when installed (`apt-get install wrk`; the bench installs it when
running as root with apt), otherwise a small multi-process Python client (slower: it measures
less than the server can do, so the ratios stay meaningful but the absolute figures are low).

Run on its own: `python -m bench.serve --db /tmp/x.sqlite3 --media /tmp/media --duration 10`.
"""

import argparse
import contextlib
import http.client
import json
import multiprocessing
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

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
HOST = "127.0.0.1"


def log(message):
    print(message, file=sys.stderr, flush=True)


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
    # Each worker's own local-memory cache unless the caller passes a REDIS_URL.
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
    port = free_port()
    env = dict(env)
    env.update(GUNICORN_BIND=f"{HOST}:{port}", GUNICORN_WORKERS=str(workers))
    if threads is not None:
        env["GUNICORN_THREADS"] = str(threads)
    output = open(log_path or os.devnull, "ab")  # noqa: SIM115
    process = subprocess.Popen(
        [str(VENV_BIN / "gunicorn"), "-c", "gunicorn.conf.py"],
        cwd=ROOT,
        env=env,
        stdout=output,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        wait_until_up(HOST, port, process)
        yield f"http://{HOST}:{port}"
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        output.close()


def wait_until_up(host, port, process, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {process.returncode}")
        try:
            status, _headers, _body = fetch(f"http://{host}:{port}/healthz")
            if status < 500:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError("gunicorn did not answer in time")


def fetch(url, timeout=30):
    match = re.match(r"http://([^:/]+):(\d+)(/.*)", url)
    host, port, path = match.group(1), int(match.group(2)), match.group(3)
    connection = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        connection.request("GET", path, headers={"Host": host})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


# Load generators -------------------------------------------------------------------------------


def ensure_wrk():
    """The path of wrk, installing the Debian package when possible; None otherwise."""
    found = shutil.which("wrk")
    if found or os.environ.get("BENCH_NO_INSTALL"):
        return found
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        log("  installing wrk (apt-get install wrk)")
        subprocess.run(
            ["apt-get", "install", "-y", "-q", "wrk"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
    return shutil.which("wrk")


def _seconds(value, unit):
    return float(value) * {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}[unit]


def run_wrk(wrk, url, duration, connections, threads=2, paths=None):
    """{"rps", "p99_ms", "requests", "errors"} from wrk --latency (and a Lua script for paths)."""
    command = [
        wrk,
        f"-t{threads}",
        f"-c{connections}",
        f"-d{duration}s",
        "--latency",
        "--timeout",
        "30s",
    ]
    script = None
    if paths:
        script = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)  # noqa: SIM115
        quoted = ", ".join(json.dumps(path) for path in paths)
        script.write(
            "local paths = {" + quoted + "}\n"
            "local n = 0\n"
            "request = function()\n"
            "  n = n + 1\n"
            "  return wrk.format('GET', paths[(n % #paths) + 1])\n"
            "end\n"
        )
        script.close()
        command += ["-s", script.name]
    command.append(url)
    try:
        output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    finally:
        if script:
            os.unlink(script.name)
    p99 = re.search(r"^\s*99%\s+([\d.]+)(us|ms|s|m)\s*$", output, re.MULTILINE)
    rps = re.search(r"Requests/sec:\s+([\d.]+)", output)
    total = re.search(r"(\d+) requests in", output)
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    errors = int(non_2xx.group(1)) if non_2xx else 0
    if socket_errors:
        errors += sum(int(value) for value in socket_errors.groups())
    return {
        "rps": round(float(rps.group(1)), 1) if rps else 0.0,
        "p99_ms": round(_seconds(*p99.groups()) * 1000, 2) if p99 else None,
        "requests": int(total.group(1)) if total else 0,
        "errors": errors,
        "generator": "wrk",
    }


def _python_worker(args):
    host, port, paths, deadline, offset = args
    latencies, errors, statuses = [], 0, {}
    connection = http.client.HTTPConnection(host, port, timeout=30)
    number = offset
    while time.time() < deadline:
        path = paths[number % len(paths)]
        number += 1
        started = time.perf_counter()
        try:
            connection.request("GET", path, headers={"Host": host})
            response = connection.getresponse()
            response.read()
            status = response.status
        except (OSError, http.client.HTTPException):
            connection.close()
            connection = http.client.HTTPConnection(host, port, timeout=30)
            errors += 1
            continue
        latencies.append(time.perf_counter() - started)
        statuses[status] = statuses.get(status, 0) + 1
        if status >= 400:
            errors += 1
    connection.close()
    return latencies, errors, statuses


def run_python(url, duration, connections, paths=None):
    """The same figures as run_wrk, from `connections` processes with keep-alive connections."""
    match = re.match(r"http://([^:/]+):(\d+)(/.*)?", url)
    host, port = match.group(1), int(match.group(2))
    paths = paths or [match.group(3) or "/"]
    deadline = time.time() + duration
    started = time.time()
    with multiprocessing.Pool(connections) as pool:
        results = pool.map(
            _python_worker, [(host, port, paths, deadline, n) for n in range(connections)]
        )
    elapsed = time.time() - started
    latencies = sorted(value for result in results for value in result[0])
    errors = sum(result[1] for result in results)
    if not latencies:
        return {"rps": 0.0, "p99_ms": None, "requests": 0, "errors": errors, "generator": "python"}
    p99 = latencies[max(0, int(len(latencies) * 0.99) - 1)]
    return {
        "rps": round(len(latencies) / elapsed, 1),
        "p99_ms": round(p99 * 1000, 2),
        "requests": len(latencies),
        "errors": errors,
        "generator": "python",
    }


def load(url, duration, connections, paths=None, wrk=None):
    if wrk:
        return run_wrk(wrk, url, duration, connections, paths=paths)
    return run_python(url, duration, connections, paths=paths)


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
    return (ROOT / "home" / "page_cache.py").exists()


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


def serve_bench(database_url, media_root, duration=10, connections=16, workers=2, path=None):
    """Run the three measurements; returns a dict (also the JSON written by bench/run.py)."""
    wrk = ensure_wrk()
    tmp = Path(tempfile.mkdtemp(prefix="bench-serve-"))
    static_root = tmp / "static"
    base_env = production_env(database_url, static_root, media_root)
    collectstatic(base_env)
    path = path or article_path(database_url)
    cache_present = page_cache_available()
    result = {
        "page": path,
        "workers": workers,
        "threads": int(os.environ.get("GUNICORN_THREADS", "2")),
        "duration_s": duration,
        "connections": connections,
        "generator": "wrk" if wrk else "python",
        "page_cache_present": cache_present,
    }
    # Uncached: the page cache off (nocache settings); the page rendered on every request.
    nocache_env = dict(base_env, DJANGO_SETTINGS_MODULE="bench.nocache_settings")
    with gunicorn(nocache_env, workers, log_path=tmp / "gunicorn-uncached.log") as url:
        status, headers, body = fetch(url + path)
        if status != 200:
            raise RuntimeError(f"{path} answered {status}")
        page_size = len(body)
        for _ in range(5):
            fetch(url + path)
        log(f"  uncached page {path} ({page_size} bytes)")
        result["uncached"] = load(url + path, duration, connections, wrk=wrk)
    static_path, static_size = static_file_like(static_root, page_size)
    with gunicorn(base_env, workers, log_path=tmp / "gunicorn.log") as url:
        for _ in range(5):
            fetch(url + path)
        log("  cached page" + ("" if cache_present else " (no page cache in the project yet)"))
        result["cached"] = load(url + path, duration, connections, wrk=wrk)
        status, headers, _body = fetch(url + static_path)
        if status != 200:
            raise RuntimeError(f"{static_path} answered {status}")
        log(f"  static file {static_path} ({static_size} bytes)")
        result["static"] = load(url + static_path, duration, connections, wrk=wrk)
    result.update(page_bytes=page_size, static_path=static_path, static_bytes=static_size)
    static_rps = result["static"]["rps"] or 1
    result["ratio_cached_static"] = round(result["cached"]["rps"] / static_rps, 3)
    result["ratio_uncached_static"] = round(result["uncached"]["rps"] / static_rps, 3)
    shutil.rmtree(tmp, ignore_errors=True)
    return result


def format_serve(result):
    lines = [
        f"gunicorn, production settings, {result['workers']} workers x {result['threads']} "
        f"threads; {result['generator']}, {result['connections']} connections, "
        f"{result['duration_s']} s each; page {result['page']} ({result['page_bytes']} B), "
        f"static {result['static_path']} ({result['static_bytes']} B)",
        f"{'':<16} {'req/s':>9} {'p99 ms':>9} {'requests':>9} {'errors':>7}",
    ]
    for key in ("uncached", "cached", "static"):
        row = result[key]
        label = key
        if key == "cached" and not result["page_cache_present"]:
            label = "cached*"
        lines.append(
            f"{label:<16} {row['rps']:>9} {row['p99_ms']!s:>9} {row['requests']:>9} "
            f"{row['errors']:>7}"
        )
    lines.append(
        f"cached/static = {result['ratio_cached_static']}, "
        f"uncached/static = {result['ratio_uncached_static']}"
    )
    if not result["page_cache_present"]:
        lines.append(
            "* no page cache in the project yet (core/page_cache.py missing): "
            "'cached' is the same uncached render under production settings."
        )
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="SQLite file built by bench.build_archive")
    parser.add_argument("--media", required=True, help="MEDIA_ROOT the database's images are in")
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--json", help="write the result to this file")
    args = parser.parse_args(argv)
    database_url = f"sqlite:///{os.path.abspath(args.db)}"
    result = serve_bench(database_url, args.media, args.duration, args.connections)
    print(format_serve(result))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
