#!/usr/bin/env python3
"""Prints count, errors, mean, p50, p95 and max per request from a Gatling report's js/stats.js."""
import re
import sys

text = open(sys.argv[1], encoding="utf-8").read()
block = re.compile(
    r'stats: \{\s*"name": "([^"]+)",\s*"numberOfRequests": \{\s*"total": "(\d+)",\s*"ok": "(\d+)",\s*"ko": "(\d+)"'
    r'.*?"maxResponseTime": \{\s*"total": "([\d-]+)"'
    r'.*?"meanResponseTime": \{\s*"total": "([\d-]+)"'
    r'.*?"percentiles1": \{\s*"total": "([\d-]+)"'
    r'.*?"percentiles3": \{\s*"total": "([\d-]+)"',
    re.S)
print(f"{'request':28} {'count':>6} {'errors':>6} {'mean':>6} {'p50':>6} {'p95':>6} {'max':>6}  (ms)")
seen = set()
for name, total, ok, ko, mx, mean, p50, p95 in block.findall(text):
    if name in seen:
        continue
    seen.add(name)
    print(f"{name:28} {total:>6} {ko:>6} {mean:>6} {p50:>6} {p95:>6} {mx:>6}")
