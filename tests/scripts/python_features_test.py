#!/usr/bin/env python3
"""examples/python_features.py (a listener class, a UDF, a list comprehension and a
foreach writer object) under `runnel submit`, checked against what PySpark 4.3 printed for
the same script: tests/scripts/python_features.spark.txt was recorded by running it with
`spark-submit --master local[1]` (paths pointed at examples/data/streaming_input) and
keeping its foreach lines (the worker's output, which Spark's executor copies to stderr, as
Runnel prints them) and its listener lines (stdout); Spark ran it with
`query.processAllAvailable()` and `query.stop()` added at the end, where Runnel runs it
with `--once`. Spark's listener
bus is asynchronous, so Spark may not print the last progress before it exits: its listener lines must be a prefix of Runnel's, its foreach lines equal.
"""
import argparse
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))

ap = argparse.ArgumentParser()
ap.add_argument("--runnel", required=True)
args = ap.parse_args()

out = subprocess.run(
    [args.runnel, "submit", os.path.join(root, "examples", "python_features.py"), "--once",
     "--path-map", "dbfs:/mnt/data/data/streaming-json=" + os.path.join(root, "examples", "data", "streaming_input")],
    capture_output=True, text=True, timeout=120)
if out.returncode != 0:
    sys.exit(f"python_features: runnel submit failed ({out.returncode}):\n{out.stderr}")
lines = out.stdout.splitlines()
spark = open(os.path.join(here, "python_features.spark.txt")).read().splitlines()

foreach = lambda ls: [l for l in ls if l.startswith("epoch ")]
# The foreach writer runs where Spark runs it, in a Python worker: its prints are on stderr.
if foreach(lines):
    sys.exit(f"python_features: foreach lines on stdout (Spark prints a worker's output on stderr):\n{foreach(lines)}")
worker_lines = out.stderr.splitlines()
listener = lambda ls: [l for l in ls if not l.startswith("epoch ")]
if foreach(worker_lines) != foreach(spark):
    sys.exit(f"python_features: foreach lines differ from Spark's:\n{foreach(worker_lines)}\n{foreach(spark)}")
if listener(lines)[: len(listener(spark))] != listener(spark):
    sys.exit(f"python_features: listener lines differ from Spark's:\n{listener(lines)}\n{listener(spark)}")
print(f"python_features: {len(foreach(worker_lines))} foreach and {len(listener(lines))} listener lines as Spark's: ok")
