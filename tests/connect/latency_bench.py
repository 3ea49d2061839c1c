"""Spark Connect latency, Runnel's server next to Spark's own, same client (pyspark-client).

    latency_bench.py --runnel PATH [--spark-home DIR] [--rounds N]

For each server: its start time (launch until the port takes connections and a first
`SELECT 1` answers), the round trip of a trivial ExecutePlan (`spark.sql("SELECT 1")
.collect()`), and `processAllAvailable()` of a file-source query after one new 1-row file
(each on 127.0.0.1). Prints medians and p90 side by side with the load average.
Spark's server is pyspark 4.3's `sbin/start-connect-server.sh` (local[2], Java 17).
"""

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import tempfile
import time


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int, proc, timeout=180) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            if proc is not None and proc.poll() is not None:
                raise RuntimeError("the server exited")
            time.sleep(0.05)
    raise RuntimeError("the server did not start")


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def measure(port: int, rounds: int, started: float) -> dict:
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.remote(f"sc://127.0.0.1:{port}").create()
    spark.sql("SELECT 1").collect()
    start_s = time.time() - started
    rt = []
    for _ in range(rounds):
        t = time.perf_counter()
        spark.sql("SELECT 1").collect()
        rt.append((time.perf_counter() - t) * 1000)
    work = tempfile.mkdtemp(prefix="connect-bench-")
    inp = os.path.join(work, "in")
    os.makedirs(inp)
    q = (
        spark.readStream.schema("id INT")
        .json(inp)
        .writeStream.format("noop")
        .option("checkpointLocation", os.path.join(work, "ckpt"))
        .start()
    )
    q.processAllAvailable()
    pa = []
    for i in range(max(10, rounds // 4)):
        tmp = os.path.join(work, f"{i}.tmp")
        with open(tmp, "w") as f:
            f.write(json.dumps({"id": i}) + "\n")
        os.rename(tmp, os.path.join(inp, f"{i}.json"))
        t = time.perf_counter()
        q.processAllAvailable()
        pa.append((time.perf_counter() - t) * 1000)
    q.stop()
    spark.stop()
    shutil.rmtree(work, ignore_errors=True)
    return {"start_s": start_s, "rt": rt, "pa": pa}


def run_runnel(binary: str, rounds: int) -> dict:
    port = free_port()
    t0 = time.time()
    proc = subprocess.Popen(
        [binary, "connect", "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_port(port, proc)
        return measure(port, rounds, t0)
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def run_spark(home: str, rounds: int) -> dict:
    port = free_port()
    env = {**os.environ, "SPARK_HOME": home, "SPARK_LOG_DIR": tempfile.mkdtemp(), "SPARK_PID_DIR": tempfile.mkdtemp()}
    t0 = time.time()
    subprocess.run(
        [
            os.path.join(home, "sbin", "start-connect-server.sh"),
            "--master",
            "local[2]",
            "--conf",
            f"spark.connect.grpc.binding.port={port}",
            "--conf",
            "spark.connect.grpc.binding.address=127.0.0.1",
            "--conf",
            "spark.ui.enabled=false",
        ],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    try:
        wait_port(port, None)
        return measure(port, rounds, t0)
    finally:
        subprocess.run([os.path.join(home, "sbin", "stop-connect-server.sh")], env=env, stdout=subprocess.DEVNULL)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runnel", required=True)
    ap.add_argument("--spark-home")
    ap.add_argument("--rounds", type=int, default=200)
    a = ap.parse_args()
    res = {"Runnel": run_runnel(a.runnel, a.rounds)}
    if a.spark_home:
        res["Spark 4.3"] = run_spark(a.spark_home, a.rounds)
    print(f"load average {os.getloadavg()[0]:.1f}; {a.rounds} round trips, {len(res['Runnel']['pa'])} processAllAvailable calls")
    print(f"{'':32}" + "".join(f"{k:>22}" for k in res))
    print(f"{'server start to first answer':32}" + "".join(f"{v['start_s']:>20.2f} s" for v in res.values()))
    for label, key in (("ExecutePlan SELECT 1", "rt"), ("processAllAvailable, 1 new row", "pa")):
        print(
            f"{label + ' p50 / p90':32}"
            + "".join(f"{pct(v[key], 50):>11.2f} / {pct(v[key], 90):>6.2f} ms" for v in res.values())
        )


if __name__ == "__main__":
    main()
