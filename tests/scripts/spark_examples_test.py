#!/usr/bin/env python3
"""Spark's own example scripts, run verbatim by `runnel submit`: the Structured Streaming
examples that ship inside the pyspark 4.3 package (`pyspark/examples/src/main/python/sql/
streaming/`), taken from a venv where pyspark is installed (made here when missing, as the
oracle harness does), against a TCP server on 127.0.0.1 that this test runs in place of
`nc -lk 9999`.

    spark_examples_test.py --runnel target/debug/runnel [--venv DIR]

1. structured_network_wordcount.py HOST PORT: the running word counts (complete mode) of
   the last batch printed equal the words sent, in two rounds.
2. structured_network_wordcount_windowed.py HOST PORT 10 5: every word is counted in two
   10-second windows sliding by 5 seconds (the socket's includeTimestamp), so each word's
   counts over the windows of the last batch add up to twice the times it was sent.
3. Without arguments each prints its usage to stderr and ends with sys.exit(-1): status 255.
4. structured_blockchain_admission_control.py (a Python data source whose reader admits 20
   blocks per micro-batch; it sleeps 30 s): every batch printed is the next 20 blocks, each
   row as Spark 4.3 printed it for that block (`spark_examples/*.spark43.txt`, the
   script's output under PySpark 4.3; how many batches run in 30 s depends on the machine,
   so blocks past the recording are checked against the script's own formula), and the
   script's own lines are Spark's.
5. structured_sessionization.py HOST PORT: refused before any data moves, as Spark 4.3
   refuses it (update mode with session windows: STREAMING_OUTPUT_MODE.UNSUPPORTED_OPERATION),
   status 1.
Exits 1 on any difference.
"""
import hashlib
import argparse
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections import Counter

LINES_1 = ["apache spark", "apache hadoop spark", "runnel streams spark"]
LINES_2 = ["spark spark", "hello runnel"]


def examples_dir(venv):
    py = os.path.join(venv, "bin", "python")
    if not os.path.exists(py):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    # Located without importing pyspark (its dependencies are not installed: only its files are used).
    find = ("import importlib.util, os; d = importlib.util.find_spec('pyspark').submodule_search_locations[0]; "
            "print(os.path.join(d, 'examples/src/main/python/sql/streaming'))")
    r = subprocess.run([py, "-c", find], capture_output=True, text=True)
    if r.returncode != 0:
        subprocess.run([py, "-m", "pip", "install", "-q", "--no-deps", "pyspark==4.3.0"], check=True)
        r = subprocess.run([py, "-c", find], capture_output=True, text=True, check=True)
    return r.stdout.strip()


class LineServer:
    """Accepts one connection and sends lines when asked (what `nc -lk` does by hand)."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(1)
        self.port = self.sock.getsockname()[1]
        self.conn = None
        self.ready = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        self.conn, _ = self.sock.accept()
        self.ready.set()

    def send(self, lines):
        if not self.ready.wait(60):
            sys.exit("the script never connected to the socket server")
        self.conn.sendall("".join(l + "\n" for l in lines).encode())

    def close(self):
        if self.conn:
            self.conn.close()
        self.sock.close()


def tables(text):
    """The console sink's blocks: (batch, rows as lists of cells)."""
    out = []
    for m in re.finditer(r"Batch: (\d+)\n-+\n(\+[-+]+\+\n\|.*\n\+[-+]+\+\n(?:\|.*\n)*\+[-+]+\+)", text):
        rows = [[c.strip() for c in line.strip("|").split("|")] for line in m.group(2).splitlines()[3:-1]]
        out.append((int(m.group(1)), rows))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runnel", required=True)
    ap.add_argument("--venv", default=os.path.expanduser(os.environ.get("RUNNEL_PYSPARK_VENV", "~/.cache/runnel-pyspark-venv")))
    a = ap.parse_args()
    runnel = os.path.abspath(a.runnel)
    d = examples_dir(a.venv)
    ok = True

    for name in ["structured_network_wordcount.py", "structured_network_wordcount_windowed.py"]:
        r = subprocess.run([runnel, "submit", os.path.join(d, name)], capture_output=True, text=True, timeout=60)
        good = r.returncode == 255 and "Usage: " + name in r.stderr and r.stdout == ""
        print(f"{name} without arguments: status {r.returncode}, usage on stderr: {'ok' if good else 'FAILED'}")
        ok &= good

    def words_check(sent, text):
        want = Counter(w for l in sent for w in l.split(" "))
        t = tables(text)
        return bool(t) and {r[0]: int(r[1]) for r in t[-1][1]} == dict(want)

    good, text, err = run_streaming(runnel, os.path.join(d, "structured_network_wordcount.py"), [], words_check)
    print(f"structured_network_wordcount.py 127.0.0.1 PORT: {len(tables(text))} batches, last one "
          f"{'=' if good else '!='} the words sent: {'ok' if good else 'FAILED'}")
    if not good:
        print(text[-3000:], err[-3000:])
    ok &= good

    def windowed_check(sent, text):
        want = Counter(w for l in sent for w in l.split(" "))
        t = tables(text)
        if not t:
            return False
        got = Counter()
        for row in t[-1][1]:
            got[row[1]] += int(row[2])
        return dict(got) == {w: 2 * n for w, n in want.items()}

    good, text, err = run_streaming(runnel, os.path.join(d, "structured_network_wordcount_windowed.py"), ["10", "5"], windowed_check)
    print(f"structured_network_wordcount_windowed.py 127.0.0.1 PORT 10 5: {len(tables(text))} batches, each word in "
          f"two sliding windows: {'ok' if good else 'FAILED'}")
    if not good:
        print(text[-3000:], err[-3000:])
    ok &= good
    ok &= blockchain_check(runnel, d)
    ok &= sessionization_check(runnel, d)
    sys.exit(0 if ok else 1)


def blockchain_check(runnel, d):
    name = "structured_blockchain_admission_control.py"
    recorded = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "spark_examples",
                                 name.replace(".py", ".spark43.txt"))).read()
    spark_rows = {int(r[0]): r for _, rows in tables(recorded) for r in rows}
    r = subprocess.run([runnel, "submit", os.path.join(d, name)], capture_output=True, text=True, timeout=120)
    got = tables(r.stdout)
    problems = []
    if r.returncode != 0:
        problems.append(f"status {r.returncode}: {r.stderr[-2000:]}")
    if not got:
        problems.append("no batch printed")
    nxt = 0
    for i, (batch, rows) in enumerate(got):
        numbers = [int(row[0]) for row in rows]
        if batch != i:
            problems.append(f"batch {batch} printed as the {i}th")
        if numbers != list(range(nxt, min(nxt + 20, 10000))):
            problems.append(f"batch {batch} holds blocks {numbers[:1]}..{numbers[-1:]}, not the 20 from {nxt}")
            break
        for row in rows:
            n = int(row[0])
            want = spark_rows.get(n) or [str(n), hashlib.sha256(str(n).encode()).hexdigest()[:16],
                                         str(1700000000 + n * 12), str(n % 100 + 1)]
            if row != want:
                problems.append(f"block {n}: {row} != {want}")
                break
        nxt += len(rows)
    def own_lines(text):
        return [l for l in re.sub(r"-+\nBatch: \d+\n-+\n(\+[-+]+\+\n(\|.*\n|\+[-+]+\+\n)*)\n", "", text).splitlines()]
    if own_lines(r.stdout) != own_lines(recorded):
        problems.append(f"the script's own lines differ: {own_lines(r.stdout)} != {own_lines(recorded)}")
    in_spark = sum(1 for n in range(nxt) if n in spark_rows)
    good = not problems
    print(f"{name}: {len(got)} batches of 20 blocks ({nxt} blocks; {in_spark} compared with Spark 4.3's "
          f"{len(spark_rows)} recorded): {'ok' if good else 'FAILED'}")
    for p in problems[:5]:
        print("  ", p)
    return good


def sessionization_check(runnel, d):
    name = "structured_sessionization.py"
    server = LineServer()
    try:
        r = subprocess.run([runnel, "submit", os.path.join(d, name), "127.0.0.1", str(server.port)],
                           capture_output=True, text=True, timeout=60)
    finally:
        server.close()
    good = (r.returncode == 1 and "[STREAMING_OUTPUT_MODE.UNSUPPORTED_OPERATION]" in r.stderr
            and "Batch:" not in r.stdout)
    print(f"{name} 127.0.0.1 PORT: status {r.returncode}, STREAMING_OUTPUT_MODE.UNSUPPORTED_OPERATION "
          f"before any batch: {'ok' if good else 'FAILED'}")
    if not good:
        print(r.stdout[-2000:], r.stderr[-2000:])
    return good


def run_streaming(runnel, script, extra, check, seconds=40):
    """Runs a script against the line server; sends two rounds of lines, each once the
    previous one shows in a printed table; stops it with Ctrl-C."""
    server = LineServer()
    out_path = f"/tmp/runnel-spark-example-{os.getpid()}-{os.path.basename(script)}.out"
    with open(out_path, "w") as out:
        p = subprocess.Popen([runnel, "submit", "--timeout", f"{seconds}s", script, "127.0.0.1", str(server.port), *extra],
                             stdout=out, stderr=subprocess.PIPE, text=True)
    sent = []
    ok = True
    deadline = time.time() + seconds - 5
    for lines in (LINES_1, LINES_2):
        server.send(lines)
        sent += lines
        while True:
            if check(sent, open(out_path).read()):
                break
            if time.time() > deadline or p.poll() is not None:
                ok = False
                break
            time.sleep(0.3)
    p.send_signal(2)
    try:
        p.wait(20)
    except subprocess.TimeoutExpired:
        p.kill()
    server.close()
    text = open(out_path).read()
    os.remove(out_path)
    return ok and check(sent, text), text, p.stderr.read()


if __name__ == "__main__":
    main()
