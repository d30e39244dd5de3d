#!/usr/bin/env python3
"""A bounded load test of `newsgraph serve`, on loopback only.

Starts the server on a free port over a store (or uses --url, which must be a loopback
address), sends a fixed number of requests from N threads that each keep one HTTP/1.1
connection open, and prints latency percentiles. Exits 1 on any error (a status other than
200, a refused or broken connection), 0 otherwise.

    python3 scripts/load_test.py --bin target/release/newsgraph --store newsgraph.db
    python3 scripts/load_test.py --url http://127.0.0.1:7878 --requests 10000 --concurrency 16

The requests cycle through a small mix: ASK, a count over the union graph, ready queries
(people as CSV, meetings as JSON), and the ready-query list.
"""
import argparse
import http.client
import ipaddress
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.parse

MIX = [
    ("GET", "/sparql?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"}), None, {"Accept": "application/sparql-results+json"}),
    ("GET", "/queries/people?format=csv", None, {}),
    ("POST", "/sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s a ?class }", {"Content-Type": "application/sparql-query", "Accept": "text/csv"}),
    ("GET", "/queries/meetings", None, {"Accept": "application/sparql-results+json"}),
    ("GET", "/queries", None, {}),
]


def loopback(host):
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def start_server(binary, store):
    proc = subprocess.Popen(
        [binary, "--store", store, "serve", "--bind", "127.0.0.1:0", "--max-connections", "64"],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    deadline = time.time() + 30
    while time.time() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        m = re.search(r"listening on (http://[0-9.:]+)", line)
        if m:
            # Keep draining stderr so the server never blocks on a full pipe.
            threading.Thread(target=lambda: proc.stderr.read(), daemon=True).start()
            return proc, m.group(1)
    proc.kill()
    sys.exit("the server did not start: " + (proc.stderr.read() or "no output"))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", help="a running server on loopback, e.g. http://127.0.0.1:7878")
    ap.add_argument("--bin", default="target/release/newsgraph", help="the newsgraph binary (when no --url)")
    ap.add_argument("--store", default="newsgraph.db", help="the store to serve (when no --url)")
    ap.add_argument("--requests", type=int, default=10000)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--max-seconds", type=float, default=300, help="stop sending after this long")
    args = ap.parse_args()
    if args.requests < 1 or args.concurrency < 1:
        sys.exit("--requests and --concurrency must be positive")

    proc = None
    url = args.url
    if url is None:
        proc, url = start_server(args.bin, args.store)
    parsed = urllib.parse.urlparse(url)
    if not loopback(parsed.hostname or ""):
        sys.exit(f"refusing to load {url}: only loopback addresses are allowed")

    lock = threading.Lock()
    next_index = [0]
    latencies = []
    errors = []
    deadline = time.monotonic() + args.max_seconds

    def worker():
        conn = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=60)
        local = []
        while True:
            with lock:
                i = next_index[0]
                if i >= args.requests or time.monotonic() > deadline:
                    break
                next_index[0] += 1
            method, path, body, headers = MIX[i % len(MIX)]
            started = time.perf_counter()
            try:
                conn.request(method, path, body=body, headers=headers)
                resp = conn.getresponse()
                data = resp.read()
                if resp.status != 200 or not data:
                    with lock:
                        errors.append(f"{method} {path}: {resp.status} {data[:200]!r}")
            except (OSError, http.client.HTTPException) as e:
                with lock:
                    errors.append(f"{method} {path}: {e!r}")
                conn.close()
                conn = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=60)
                continue
            local.append(time.perf_counter() - started)
        conn.close()
        with lock:
            latencies.extend(local)

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(args.concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started

    if proc is not None:
        proc.send_signal(signal.SIGINT)
        try:
            code = proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            code = "killed"
        if code != 0:
            errors.append(f"server exited with {code} after SIGINT")

    latencies.sort()

    def pct(p):
        if not latencies:
            return float("nan")
        return latencies[min(len(latencies) - 1, int(round(p / 100 * (len(latencies) - 1))))] * 1000

    sent = next_index[0]
    print(f"requests {sent} (asked {args.requests}), concurrency {args.concurrency}, errors {len(errors)}, "
          f"{elapsed:.1f} s, {sent / elapsed:.0f} req/s")
    print(f"latency ms: p50 {pct(50):.2f}  p90 {pct(90):.2f}  p99 {pct(99):.2f}  max {pct(100):.2f}")
    for e in errors[:10]:
        print("error:", e, file=sys.stderr)
    if sent < args.requests:
        print(f"stopped at --max-seconds {args.max_seconds}", file=sys.stderr)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
