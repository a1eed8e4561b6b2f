"""Benchmarks: a bulk-built archive, in-process render costs, and serving under gunicorn.

`make bench` (bench/run.py) runs them all; see bench/README.md.
"""
