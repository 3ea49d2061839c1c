"""Spark's own example `structured_network_wordcount_session_window.py` (applyInPandasWithState
with a processing-time timeout over the socket source), run verbatim against a line server
that behaves as `nc -lk PORT` does: one connection at a time gets what is typed. The
lines go to the first connection that stays open for a second (Spark Connect resolves a
plan more than once; a connection made only for that closes at once)."""

import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

EXAMPLE = "examples/src/main/python/sql/streaming/structured_network_wordcount_session_window.py"
# What is typed into `nc -lk`: (seconds after the query's connection, line).
LINES = [(1, "hello world"), (2, "hello spark"), (3, "world")]
# Long enough for the sessions to time out (10 s after their last word) and be printed.
RUN_SECONDS = 30


def example_path() -> Path:
    """The example as PySpark ships it (the classic venv's copy)."""
    import glob
    import os

    # The recording venv, or the one the test command's Spark-examples step installs
    # pyspark into (tests/scripts/spark_examples_test.py).
    found = []
    for venv in ["/work/pyspark-venv", os.path.expanduser("~/.cache/runnel-pyspark-venv")]:
        found += glob.glob(f"{venv}/lib/python3*/site-packages/pyspark/{EXAMPLE}")
    if not found:
        raise FileNotFoundError(EXAMPLE)
    return Path(found[0])


def serve_like_nc(listener: socket.socket) -> threading.Thread:
    def run():
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            conn.settimeout(1.0)
            try:
                if conn.recv(1) == b"":
                    conn.close()  # closed within a second: a plan's analysis
                    continue
            except socket.timeout:
                pass
            start = time.time()
            for at, line in LINES:
                time.sleep(max(0.0, start + at - time.time()))
                conn.sendall((line + "\n").encode())
            # Keep the connection open, as nc does, until the listener closes.
            while True:
                try:
                    listener.getsockname()
                except OSError:
                    conn.close()
                    return
                time.sleep(0.5)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    return t


def run_example(python: str, env: dict, seconds: int = RUN_SECONDS, prefix=None) -> str:
    """Runs the example with `python` (or the command `prefix` + the script) for `seconds`
    against a fresh line server: what it printed (the console sink's tables, for classic
    PySpark and `runnel submit`)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    port = listener.getsockname()[1]
    serve_like_nc(listener)
    proc = subprocess.Popen(
        (prefix or [python]) + [str(example_path()), "127.0.0.1", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env,
        text=True,
    )
    try:
        out, _ = proc.communicate(timeout=seconds)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, _ = proc.communicate()
    listener.close()
    return out


def sessions(console: str) -> list:
    """(sessionId, count) of every row the console sink printed, sorted."""
    rows = re.findall(r"^\|\s*(\S+)\|\s*(\d+)\|.*\|.*\|$", console, re.M)
    return sorted([s, int(c)] for s, c in rows if s != "sessionId")
