"""`make bench`: build a large and a small archive, measure renders in process, then serving.

1. A throwaway SQLite database in a temp directory (never db.sqlite3): migrations and a slice of
   the demo site, then copied twice and filled in bulk (bench/build_archive.py): the large
   archive (default 10,000 news articles, 2,000 event reports, 200 partners, each in uz, ru and
   en) and a small one (100 articles, the others in proportion).
2. Each kind of page at both sizes (bench/render.py): SQL queries, median and p95 render time,
   and the ratio large/small.
3. gunicorn with production settings on the large archive (bench/serve.py): requests per
   second, p99 and the server's CPU per request (its process tree, from /proc) for an article,
   the news index and the home page uncached and cached, a static file of the article's size
   and a font; with --anchor (BENCH_ANCHOR) a bakerydemo checkout the same way (bench/anchor.py).

Results go to stdout and bench/results/latest.json. Every size, the number of requests and the
load duration are options (`python -m bench.run --help`; with make: BENCH_ARGS="...").
"""

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.build_archive import DEFAULT_SIZE, SMALL_SIZE
from bench.render import DEFAULT_BUDGET, DEFAULT_REPEAT, DEFAULT_REQUEST_TIMEOUT

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"


def log(message):
    print(message, file=sys.stderr, flush=True)


def python(*args, env):
    subprocess.run([sys.executable, *args], cwd=ROOT, env=env, check=True)


def copy_database(source, target):
    """A consistent copy of a SQLite database in WAL mode (the backup API, not a file copy)."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()


def small_size(large, articles):
    scale = articles / large["articles"] if large["articles"] else 1
    return {
        "articles": articles,
        "events": max(1, round(large["events"] * scale)) if large["events"] else 0,
        "partners": max(1, round(large["partners"] * scale)) if large["partners"] else 0,
    }


def build(database, size, env):
    python(
        "-m",
        "bench.build_archive",
        "--db",
        database,
        "--articles",
        str(size["articles"]),
        "--events",
        str(size["events"]),
        "--partners",
        str(size["partners"]),
        env=env,
    )


def combine(large_rows, small_rows):
    small = {row["name"]: row for row in small_rows}
    rows = []
    for row in large_rows:
        other = small.get(row["name"], {})
        ratio = None
        if other.get("median_ms") and row["median_ms"]:
            ratio = round(row["median_ms"] / other["median_ms"], 2)
        rows.append(
            {
                "name": row["name"],
                "url_large": row["url"],
                "status": row["status"],
                "queries_large": row["queries"],
                "queries_small": other.get("queries"),
                "kb_large": round(row["bytes"] / 1024, 1),
                "median_ms_large": row["median_ms"],
                "p95_ms_large": row["p95_ms"],
                "median_ms_small": other.get("median_ms"),
                "p95_ms_small": other.get("p95_ms"),
                "ratio_large_small": ratio,
                "samples_large": row.get("samples"),
            }
        )
    return rows


def format_rows(rows, sizes):
    header = (
        f"{'page':<22} {'st':>3} {'q large':>7} {'q small':>7} {'KB':>7} "
        f"{'med ms L':>9} {'p95 ms L':>9} {'med ms S':>9} {'p95 ms S':>9} {'L/S':>6}"
    )
    lines = [
        f"Large archive: {sizes['large']}; small: {sizes['small']} (each in every language)",
        header,
        "-" * len(header),
    ]
    for row in rows:
        lines.append(
            f"{row['name']:<22} {row['status']!s:>3} {row['queries_large']!s:>7} "
            f"{row['queries_small']!s:>7} {row['kb_large']:>7} {row['median_ms_large']!s:>9} "
            f"{row['p95_ms_large']!s:>9} {row['median_ms_small']!s:>9} {row['p95_ms_small']!s:>9} "
            f"{row['ratio_large_small']!s:>6}"
        )
    return "\n".join(lines)


def summary(rows, serve):
    def find(name):
        return next((row for row in rows if row["name"] == name), None)

    lines = []
    pages = [row for row in rows if row["status"] == 200 and row["queries_large"] is not None]
    if pages:
        worst = max(pages, key=lambda row: row["queries_large"])
        lines.append(f"largest query count: {worst['queries_large']} ({worst['name']})")
    article = find("article (uz)")
    if article:
        lines.append(f"article render (uz, large archive): median {article['median_ms_large']} ms")
    news = find("news index p1 (uz)")
    if news:
        lines.append(f"news index large/small render ratio: {news['ratio_large_small']}")
    if serve:
        lines.append(
            f"cached/static throughput: {serve['ratio_cached_static']}; "
            f"uncached/static: {serve['ratio_uncached_static']}"
        )
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=DEFAULT_SIZE["articles"])
    parser.add_argument("--events", type=int, default=DEFAULT_SIZE["events"])
    parser.add_argument("--partners", type=int, default=DEFAULT_SIZE["partners"])
    parser.add_argument("--small-articles", type=int, default=SMALL_SIZE["articles"])
    parser.add_argument("--repeat", type=int, default=DEFAULT_REPEAT, help="requests per page")
    parser.add_argument("--budget", type=float, default=DEFAULT_BUDGET, help="seconds per page")
    parser.add_argument(
        "--timeout", type=float, default=DEFAULT_REQUEST_TIMEOUT, help="seconds per request"
    )
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per target")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--no-serve", action="store_true", help="skip the gunicorn part")
    parser.add_argument(
        "--accept-encoding",
        default=None,
        help="Accept-Encoding of the serving part's requests (default: as a browser; '' none)",
    )
    parser.add_argument("--redis-url", default="", help="serve with Redis as the cache")
    parser.add_argument(
        "--anchor",
        default=os.environ.get("BENCH_ANCHOR") or None,
        help="a bakerydemo checkout measured the same way (BENCH_ANCHOR)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temp databases")
    parser.add_argument(
        "--workdir",
        help="work here instead of a temp directory, reusing the databases already built there",
    )
    parser.add_argument("--json", default=str(RESULTS / "latest.json"))
    args = parser.parse_args(argv)

    started = time.monotonic()
    tmp = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    keep = args.keep or bool(args.workdir)
    media = tmp / "media"
    env = dict(os.environ, MEDIA_ROOT=str(media), DJANGO_SETTINGS_MODULE="bench.settings")
    env.pop("DATABASE_URL", None)
    sizes = {
        "large": {"articles": args.articles, "events": args.events, "partners": args.partners},
    }
    sizes["small"] = small_size(sizes["large"], args.small_articles)
    result = {"sizes": sizes, "timings_s": {}}
    try:
        log(f"Temp directory {tmp}")
        log("Base database (migrate + demo slice)")
        step = time.monotonic()
        if not (tmp / "base.sqlite3").exists():
            python(
                "-m", "bench.build_archive", "--db", tmp / "base.sqlite3", "--base-only", env=env
            )
            result["timings_s"]["base"] = round(time.monotonic() - step, 1)
        rows = {}
        for name in ("large", "small"):
            database = tmp / f"{name}.sqlite3"
            size = sizes[name]
            built = tmp / f"{name}.built.json"
            if built.exists() and json.loads(built.read_text()) == size:
                log(f"{name.capitalize()} archive {size}: reusing {database}")
            else:
                copy_database(tmp / "base.sqlite3", database)
                log(f"{name.capitalize()} archive {size}")
                step = time.monotonic()
                build(database, size, env)
                built.write_text(json.dumps(size))
                result["timings_s"][f"build_{name}"] = round(time.monotonic() - step, 1)
                log(f"  built in {result['timings_s'][f'build_{name}']} s")
            log("  measuring renders")
            output = tmp / f"{name}.json"
            python(
                "-m",
                "bench.render",
                "--db",
                database,
                "--repeat",
                str(args.repeat),
                "--budget",
                str(args.budget),
                "--timeout",
                str(args.timeout),
                "--json",
                output,
                env=dict(env, BENCH_QUIET="1"),
            )
            rows[name] = json.loads(output.read_text())
        combined = combine(rows["large"], rows["small"])
        result["render"] = combined
        print()
        print("In-process render (Django test client, page cache off)")
        print(format_rows(combined, sizes))
        serve = None
        if not args.no_serve:
            from bench.serve import DEFAULT_ACCEPT_ENCODING, format_serve, serve_bench

            log("Serving benchmark (gunicorn, production settings, large archive)")
            encoding = (
                DEFAULT_ACCEPT_ENCODING if args.accept_encoding is None else args.accept_encoding
            )
            serve = serve_bench(
                f"sqlite:///{tmp / 'large.sqlite3'}",
                media,
                duration=args.duration,
                connections=args.connections,
                accept_encoding=encoding,
                extra_env={"REDIS_URL": args.redis_url} if args.redis_url else None,
            )
            result["serve"] = serve
            print()
            print(format_serve(serve))
            if args.anchor:
                from bench.anchor import anchor_bench, format_anchor

                log(f"Anchor {args.anchor}")
                serve["anchor"] = anchor_bench(
                    args.anchor, args.duration, args.connections, encoding
                )
                print(format_anchor(serve["anchor"], serve))
        result["summary"] = summary(combined, serve)
        result["total_s"] = round(time.monotonic() - started, 1)
        result["load_average"] = [round(value, 2) for value in os.getloadavg()]
        result["cpus"] = os.cpu_count()
        print()
        print(result["summary"])
        # Timings mean little on a busy machine: say how busy it was.
        print(f"load average at the end {result['load_average']} on {result['cpus']} CPUs")
        print(f"bench total: {result['total_s']} s; build times: {result['timings_s']}")
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(result, indent=2, ensure_ascii=False))
        print(f"results: {args.json}")
    finally:
        if keep:
            log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
