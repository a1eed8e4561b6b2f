"""The serving benchmark's measurements (bench/serve.py) and the gunicorn settings it serves with.

No timing is asserted: only that CPU is read for a whole process tree and that workers are not
recycled by count.
"""

import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from bench.load import tree_cpu_seconds
from bench.serve import format_serve

ROOT = Path(__file__).resolve().parents[2]


def load_gunicorn_conf(monkeypatch, **env):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    spec = importlib.util.spec_from_file_location("gunicorn_conf", ROOT / "gunicorn.conf.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cpu_of_a_process_tree_counts_its_children():
    burn = "import time\nend = time.process_time() + 0.3\nwhile time.process_time() < end: pass\n"
    parent = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import subprocess, sys, time\n"
            f"subprocess.run([sys.executable, '-c', {burn!r}])\n"
            "time.sleep(5)\n",
        ]
    )
    try:
        deadline = time.monotonic() + 20
        used = 0
        while time.monotonic() < deadline and used < 0.25:
            time.sleep(0.2)
            used = tree_cpu_seconds(parent.pid)
        # The child has exited and been reaped: its time is the parent's cutime now.
        assert used >= 0.25
    finally:
        parent.kill()
        parent.wait()


def test_cpu_of_a_missing_process_is_none():
    assert tree_cpu_seconds(2**22 + 12345) is None


def test_workers_are_not_recycled_by_count(monkeypatch):
    monkeypatch.delenv("GUNICORN_MAX_REQUESTS", raising=False)
    conf = load_gunicorn_conf(monkeypatch)

    assert conf.max_requests == 0
    assert conf.max_requests_jitter == 0


def test_a_worker_past_the_memory_limit_is_replaced(monkeypatch):
    conf = load_gunicorn_conf(monkeypatch, GUNICORN_MAX_WORKER_MEMORY_MB="100")
    warnings = []
    worker = SimpleNamespace(
        alive=True, pid=1, log=SimpleNamespace(warning=lambda *args: warnings.append(args))
    )

    monkeypatch.setattr(conf, "resident_memory_mb", lambda: 90)
    for _ in range(conf.MEMORY_CHECK_EVERY * 2):
        conf.post_request(worker, None, {}, None)
    assert worker.alive

    monkeypatch.setattr(conf, "resident_memory_mb", lambda: 150)
    for _ in range(conf.MEMORY_CHECK_EVERY - 1):
        conf.post_request(worker, None, {}, None)
    assert worker.alive, "memory is read only every MEMORY_CHECK_EVERY requests"
    conf.post_request(worker, None, {}, None)
    assert not worker.alive
    assert len(warnings) == 1


def test_resident_memory_is_read_from_proc():
    conf_path = ROOT / "gunicorn.conf.py"
    spec = importlib.util.spec_from_file_location("gunicorn_conf_plain", conf_path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not os.path.exists("/proc/self/statm"):
        pytest.skip("no /proc")
    assert 10 < module.resident_memory_mb() < 100_000


def test_the_serve_table_has_a_row_per_target():
    rows = [
        {
            "kind": kind,
            "name": name,
            "rps": 10.0,
            "p99_ms": 5.0,
            "requests": 100,
            "errors": 0,
            "cpu_ms_per_request": 1.5,
            "bytes": 2000,
            "encoding": "gzip",
        }
        for kind, name in [("uncached", "article"), ("cached", "article"), ("static", "static")]
    ]
    result = {
        "workers": 2,
        "threads": 2,
        "generator": "wrk",
        "connections": 16,
        "duration_s": 1,
        "page": "/uz/news/x/",
        "page_bytes": 9000,
        "static_path": "/static/x.js",
        "static_bytes": 9000,
        "rows": rows,
        "ratio_cached_static": 1.0,
        "ratio_uncached_static": 1.0,
        "page_cache_present": True,
    }

    table = format_serve(result)

    for kind in ("uncached", "cached", "static"):
        assert any(line.startswith(kind) and "1.5" in line for line in table.splitlines())
