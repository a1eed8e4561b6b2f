"""Load on a served site: wrk (or a small multi-process Python client) for requests/s and p99,
and the CPU the server's process tree used per request, read from /proc. Used by bench/serve.py,
bench/load_test.py and bench/anchor.py.
"""

import http.client
import json
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time


def log(message):
    print(message, file=sys.stderr, flush=True)


# Load generators -------------------------------------------------------------------------------


def ensure_wrk():
    """The path of wrk, installing the Debian package when possible; None otherwise."""
    found = shutil.which("wrk")
    if found or os.environ.get("BENCH_NO_INSTALL"):
        return found
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        log("  installing wrk (apt-get install wrk)")
        install = ["apt-get", "install", "-y", "-q", "wrk"]
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "check": False}
        if subprocess.run(install, **quiet).returncode != 0:
            # A fresh container has no package lists yet.
            log("  apt-get update, then install wrk again")
            subprocess.run(["apt-get", "update", "-q"], **quiet)
            subprocess.run(install, **quiet)
    return shutil.which("wrk")


def _seconds(value, unit):
    return float(value) * {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}[unit]


def run_wrk(wrk, url, duration, connections, threads=2, paths=None, headers=None):
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
    for name, value in (headers or {}).items():
        command += ["-H", f"{name}: {value}"]
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
    host, port, paths, deadline, offset, headers = args
    latencies, errors, statuses = [], 0, {}
    connection = http.client.HTTPConnection(host, port, timeout=30)
    number = offset
    while time.time() < deadline:
        path = paths[number % len(paths)]
        number += 1
        started = time.perf_counter()
        try:
            connection.request("GET", path, headers={"Host": host, **headers})
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


def run_python(url, duration, connections, paths=None, headers=None):
    """The same figures as run_wrk, from `connections` processes with keep-alive connections."""
    match = re.match(r"http://([^:/]+):(\d+)(/.*)?", url)
    host, port = match.group(1), int(match.group(2))
    paths = paths or [match.group(3) or "/"]
    deadline = time.time() + duration
    started = time.time()
    with multiprocessing.Pool(connections) as pool:
        results = pool.map(
            _python_worker,
            [(host, port, paths, deadline, n, headers or {}) for n in range(connections)],
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


def load(url, duration, connections, paths=None, wrk=None, headers=None):
    if wrk:
        return run_wrk(wrk, url, duration, connections, paths=paths, headers=headers)
    return run_python(url, duration, connections, paths=paths, headers=headers)


# Server CPU ----------------------------------------------------------------------------------


def tree_cpu_seconds(pid):
    """CPU seconds (user + system) used so far by process `pid` and all its descendants.

    Read from /proc/<pid>/stat of every process: a live descendant counts its own time; the
    root also counts its reaped children's (cutime + cstime), so a worker that was recycled
    during the measurement still counts. None where there is no /proc.
    """
    if not os.path.isdir("/proc"):
        return None
    ticks = os.sysconf("SC_CLK_TCK")
    parents, own, reaped = {}, {}, {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                text = stat.read()
        except OSError:
            continue
        fields = text[text.rfind(")") + 2 :].split()
        number = int(entry)
        parents[number] = int(fields[1])
        own[number] = int(fields[11]) + int(fields[12])
        reaped[number] = int(fields[13]) + int(fields[14])
    if pid not in own:
        return None
    total = own[pid] + reaped[pid]
    tree = {pid}
    changed = True
    while changed:
        changed = False
        for number, parent in parents.items():
            if parent in tree and number not in tree:
                tree.add(number)
                total += own[number]
                changed = True
    return total / ticks


def measured_load(process, url, duration, connections, wrk=None, headers=None):
    """`load` plus the server's CPU per request (its process tree, read from /proc)."""
    before = tree_cpu_seconds(process.pid)
    result = load(url, duration, connections, wrk=wrk, headers=headers)
    after = tree_cpu_seconds(process.pid)
    cpu = None
    if before is not None and after is not None and result["requests"]:
        cpu = round((after - before) * 1000 / result["requests"], 2)
    result["cpu_ms_per_request"] = cpu
    return result
