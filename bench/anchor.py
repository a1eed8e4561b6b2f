"""The anchor: Wagtail's bakerydemo, served and measured the way bench/serve.py measures this site.

`make bench BENCH_ANCHOR=/path/to/bakerydemo` (or `python -m bench.serve ... --anchor PATH`)
runs the checkout under gunicorn with the same workers and threads, with its production
settings and its own SQLite database: an article, the blog index and the home page (requests/s,
p99, server CPU per request from /proc) and a static font. The checkout is prepared once
(migrate, load_initial_data, collectstatic; a `.bench-anchor-ready` file marks it done).

Its Python: ANCHOR_PYTHON, else the checkout's .venv/bin/python, else this one (bakerydemo's own
pins want Python 3.12; on this project's Wagtail 8.0.1 / Django 5.2 it runs as it is).
Its settings module: ANCHOR_SETTINGS (default bakerydemo.settings.production).
"""

import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

from bench.load import log, measured_load
from bench.serve import HOST, fetch, server

READY = ".bench-anchor-ready"


def anchor_python(root):
    if os.environ.get("ANCHOR_PYTHON"):
        return os.environ["ANCHOR_PYTHON"]
    own = Path(root) / ".venv" / "bin" / "python"
    return str(own) if own.exists() else sys.executable


def anchor_env(root):
    secret = secrets.token_urlsafe(64)
    env = dict(os.environ)
    for name in ("DATABASE_URL", "REDIS_URL", "CACHE_DIR"):
        env.pop(name, None)
    env.update(
        DJANGO_SETTINGS_MODULE=os.environ.get("ANCHOR_SETTINGS", "bakerydemo.settings.production"),
        SECRET_KEY=secret,
        DJANGO_SECRET_KEY=secret,
        ALLOWED_HOSTS=HOST,
        DJANGO_ALLOWED_HOSTS=HOST,
        DATABASE_URL=f"sqlite:///{Path(root).resolve() / 'bench-anchor.sqlite3'}",
        SECURE_SSL_REDIRECT="false",
        DJANGO_SECURE_SSL_REDIRECT="false",
        DJANGO_DEBUG="false",
    )
    return env


def prepare(root, python, env):
    if (Path(root) / READY).exists():
        return
    for command in (
        ["migrate", "--noinput"],
        ["load_initial_data"],
        ["collectstatic", "--noinput"],
    ):
        log(f"  anchor: manage.py {' '.join(command)}")
        subprocess.run([python, "manage.py", *command], cwd=root, env=env, check=True)
    (Path(root) / READY).write_text("ok\n")


def first_link(url, prefix):
    _status, _headers, body = fetch(url + prefix)
    match = re.search(rf'href="({re.escape(prefix)}[a-z0-9-]+/)"', body.decode(errors="replace"))
    return match.group(1) if match else None


def font_path(root):
    fonts = sorted(
        path
        for path in Path(root).rglob("*.woff2")
        if "node_modules" not in path.parts and "static" in path.parts
    )
    if not fonts:
        return None
    path = fonts[0]
    parts = path.parts
    return "/static/" + "/".join(parts[len(parts) - parts[::-1].index("static") :])


def anchor_bench(root, duration, connections, accept_encoding, workers=2, threads=2):
    from bench.load import ensure_wrk

    wrk = ensure_wrk()
    python = anchor_python(root)
    env = anchor_env(root)
    prepare(root, python, env)
    headers = {"Accept-Encoding": accept_encoding} if accept_encoding else {}
    command = [
        python,
        "-m",
        "gunicorn",
        "bakerydemo.wsgi:application",
        "--bind",
        "{bind}",
        "--workers",
        "{workers}",
        "--threads",
        str(threads),
    ]
    rows = []
    with server(env, workers, threads, root=root, command=command, health="/") as (url, process):
        article = first_link(url, "/blog/")
        pages = [("article", article), ("blog index", "/blog/"), ("home", "/")]
        for name, path in pages:
            if path is None:
                continue
            for _ in range(5):
                _status, answer_headers, answer = fetch(url + path, headers=headers)
            log(f"  anchor {name} {path}")
            figures = measured_load(process, url + path, duration, connections, wrk, headers)
            rows.append({"name": name, "kind": "anchor", "path": path, **figures})
        font = font_path(root)
        if font and fetch(url + font)[0] == 200:
            log(f"  anchor font {font}")
            figures = measured_load(process, url + font, duration, connections, wrk, headers)
            rows.append({"name": "font", "kind": "anchor", "path": font, **figures})
    return {"root": str(root), "rows": rows}


def format_anchor(anchor, ours=None):
    """The anchor's rows, with this site's CPU per request beside them when given."""
    own = {}
    for item in (ours or {}).get("rows", []):
        if item["kind"] in ("uncached", "static"):
            own[item["name"]] = item
    mapping = {"article": "article", "blog index": "news index", "home": "home", "font": "font"}
    lines = [
        f"anchor {anchor['root']}",
        f"{'':<11} {'req/s':>8} {'p99 ms':>8} {'CPU ms/req':>10} {'ours':>8} {'ratio':>6}",
    ]
    for item in anchor["rows"]:
        mine = own.get(mapping.get(item["name"], ""), {})
        theirs_cpu, my_cpu = item.get("cpu_ms_per_request"), mine.get("cpu_ms_per_request")
        ratio = round(my_cpu / theirs_cpu, 2) if theirs_cpu and my_cpu else None
        if item["name"] == "font" and mine.get("rps") and item["rps"]:
            ratio = round(mine["rps"] / item["rps"], 2)
        lines.append(
            f"{item['name']:<11} {item['rps']:>8} {item['p99_ms']!s:>8} {theirs_cpu!s:>10} "
            f"{my_cpu!s:>8} {ratio!s:>6}"
        )
    lines.append("ratio: our CPU per request / theirs (font: our requests/s / theirs)")
    return "\n".join(lines)
