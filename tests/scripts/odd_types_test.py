#!/usr/bin/env python3
"""Sources hand the engine timestamps of every unit, nested ones included, and odd
Arrow types: Runnel reads them as Spark does (every timestamp as Spark's microsecond
`timestamp`) or refuses them with an error naming the file, and never panics.

    odd_types_test.py --runnel target/debug/runnel   (run with a Python that has pyarrow)

1. For each unit (s, ms, us, ns) a Parquet file with a top-level timestamp, a struct
   holding one, a list of structs holding one and a map of them: `window()` over the
   nested timestamp (batch and streaming) counts every row, in the right window.
2. Unsigned integers, large strings and binaries, decimals, dates, float16-free odd
   widths: read, printed, summed; a column whose type cannot be read as the schema
   says is refused with FAILED_READ_FILE naming the file.
Exits 1 on any difference.
"""
import argparse
import os
import subprocess
import sys
import tempfile
from decimal import Decimal

import pyarrow as pa
import pyarrow.parquet as pq

T0 = 1740823260  # 2025-03-01 10:01:00 UTC
SCALE = {"s": 1, "ms": 10**3, "us": 10**6, "ns": 10**9}


def write_units(d):
    for unit, k in SCALE.items():
        ts = pa.array([T0 * k, (T0 + 660) * k], pa.timestamp(unit, tz="UTC"))
        st = pa.StructArray.from_arrays([ts], ["t"])
        lst = pa.array([[{"t": T0 * k}], [{"t": (T0 + 660) * k}]], pa.list_(pa.struct([("t", pa.timestamp(unit, tz="UTC"))])))
        mp = pa.array([[("a", T0 * k)], [("b", (T0 + 660) * k)]], pa.map_(pa.string(), pa.timestamp(unit, tz="UTC")))
        pq.write_table(pa.table({"ts": ts, "s": st, "l": lst, "m": mp, "unit": pa.array([unit, unit])}),
                       os.path.join(d, f"{unit}.parquet"))


def write_odd(d):
    pq.write_table(pa.table({
        "u8": pa.array([1, 255], pa.uint8()),
        "u16": pa.array([1, 65535], pa.uint16()),
        "u32": pa.array([1, 4294967295], pa.uint32()),
        "ls": pa.array(["a", "bé"], pa.large_string()),
        "lb": pa.array([b"x", b"yz"], pa.large_binary()),
        "dec": pa.array([Decimal("1.25"), Decimal("-3.50")], pa.decimal128(9, 2)),
        "day": pa.array([0, 20000], pa.date32()),
    }), os.path.join(d, "odd.parquet"))


def run(runnel, script, cwd):
    p = subprocess.run([runnel, "submit", script], capture_output=True, text=True, cwd=cwd, timeout=120)
    return p.returncode, p.stdout, p.stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runnel", required=True)
    a = ap.parse_args()
    runnel = os.path.abspath(a.runnel)
    bad = []
    with tempfile.TemporaryDirectory() as w:
        os.makedirs(os.path.join(w, "units"))
        os.makedirs(os.path.join(w, "odd"))
        write_units(os.path.join(w, "units"))
        write_odd(os.path.join(w, "odd"))
        with open(os.path.join(w, "units.py"), "w") as f:
            f.write("""from pyspark.sql.functions import col, window, explode, date_format
df = spark.read.parquet("units")
df.printSchema()
for c in ["ts", "s.t"]:
    r = df.groupBy(window(col(c), "10 minutes").alias("w")).count().orderBy("w") \\
        .select(date_format("w.start", "yyyy-MM-dd HH:mm:ss"), "count").collect()
    print("batch", c, [(x[0], x[1]) for x in r])
r = df.select(explode("l").alias("e")).groupBy(window(col("e.t"), "10 minutes").alias("w")).count() \\
    .orderBy("w").select(date_format("w.start", "yyyy-MM-dd HH:mm:ss"), "count").collect()
print("batch l.t", [(x[0], x[1]) for x in r])
sdf = spark.readStream.schema(df.schema).parquet("units")
q = sdf.withWatermark("ts", "1 minute").groupBy(window(col("s.t"), "10 minutes")).count() \\
    .writeStream.format("memory").queryName("w").outputMode("complete").start()
q.processAllAvailable()
r = spark.sql("SELECT date_format(window.start, 'yyyy-MM-dd HH:mm:ss'), count FROM w ORDER BY 1").collect()
print("stream s.t", [(x[0], x[1]) for x in r])
q.stop()
""")
        code, out, err = run(runnel, "units.py", w)
        want_windows = "[('2025-03-01 10:00:00', 4), ('2025-03-01 10:10:00', 4)]"
        if code != 0 or "panicked" in err:
            bad.append(f"nested timestamps: exit {code}: {err.strip()[:500]}")
        else:
            for line in ("batch ts " + want_windows, "batch s.t " + want_windows, "batch l.t " + want_windows,
                         "stream s.t " + want_windows):
                if line not in out:
                    bad.append(f"nested timestamps: expected {line!r} in:\n{out}")
            if out.count("t: timestamp (nullable = true)") < 2 or "ts: timestamp" not in out or "value: timestamp" not in out:
                bad.append(f"nested timestamps: every timestamp is Spark's timestamp:\n{out}")
        with open(os.path.join(w, "odd.py"), "w") as f:
            f.write("""df = spark.read.parquet("odd")
df.printSchema()
df.show()
r = df.selectExpr("sum(u8)", "sum(u16)", "sum(u32)", "sum(dec)").collect()[0]
print("sums", r[0], r[1], r[2], str(r[3]))
s = spark.read.schema("u8 STRING").parquet("odd")
s.show()
""")
        code, out, err = run(runnel, "odd.py", w)
        if "panicked" in err or code == 101:
            bad.append(f"odd types: panicked: {err.strip()[:500]}")
        if "sums 256 65536 4294967296 -2.25" not in out:
            bad.append(f"odd types: sums differ:\n{out}\n{err}")
        if "FAILED_READ_FILE" not in err or "odd.parquet" not in err:
            bad.append(f"odd types: a column read as the wrong type names the file: {err.strip()[:500]}")
    for b in bad:
        print("FAIL", b)
    print(f"odd types: {'ok' if not bad else f'{len(bad)} failures'}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
