#!/usr/bin/env python3
"""ORC and XML through `runnel submit` (the PySpark script front end), checked with pyarrow:

    formats_test.py --runnel target/debug/runnel   (run with a Python that has pyarrow)

1. A streaming query writes ORC (`writeStream.format("orc")`) and a batch `df.write.orc`;
   pyarrow.orc reads every file back with the same rows and Spark's ORC types, zstd by
   default (Spark 4's codec) and snappy when asked.
2. ORC files written by pyarrow (integers of every width, float, double, string, binary,
   bool, date, timestamp, decimal, list, struct) are read by `spark.read.orc` and streamed
   by `readStream.schema(...).orc(dir)`.
3. ORC files written by Spark 4.3 (tests/formats/spark-orc) read as Spark read them
   (tests/formats/spark-orc.json).
4. XML: a streaming query writes `format("xml")` with rowTag; `readStream.xml` reads it back.
Prints one `name: ok` line per check; exits 1 on any difference.
"""
import argparse
import datetime
import decimal
import glob
import json
import os
import subprocess
import sys
import tempfile

import pyarrow as pa
import pyarrow.orc as orc

HERE = os.path.dirname(os.path.abspath(__file__))
failed = 0


def check(name, ok, detail=""):
    global failed
    print(f"{name}: {'ok' if ok else 'FAILED ' + detail}")
    failed += 0 if ok else 1


def submit(runnel, script, work):
    path = os.path.join(work, "job.py")
    with open(path, "w") as f:
        f.write(script)
    done = subprocess.run([runnel, "submit", path], capture_output=True, text=True, timeout=300, cwd=work)
    if done.returncode != 0:
        raise RuntimeError(f"runnel submit failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    return [json.loads(l[5:]) for l in done.stdout.splitlines() if l.startswith("ROWS ")]


def orc_rows(d):
    files = sorted(glob.glob(os.path.join(d, "**", "*.orc"), recursive=True))
    rows = []
    for f in files:
        rows += orc.ORCFile(f).read().to_pylist()
    return files, rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runnel", required=True)
    args = ap.parse_args()
    runnel = os.path.abspath(args.runnel)
    work = tempfile.mkdtemp(prefix="runnel-formats-")

    # 1. Runnel writes ORC; pyarrow reads it.
    src = os.path.join(work, "in")
    os.makedirs(src)
    with open(os.path.join(src, "a.json"), "w") as f:
        for i in range(5):
            f.write(json.dumps({"ts": f"2025-03-01T10:0{i}:00Z", "cat": "c%d" % (i % 2), "v": i * 1.5, "n": i}) + "\n")
    out, batch_out = os.path.join(work, "orc-out"), os.path.join(work, "orc-batch")
    submit(runnel, f"""
from pyspark.sql import SparkSession
spark = SparkSession.builder.getOrCreate()
q = (spark.readStream.schema("ts TIMESTAMP, cat STRING, v DOUBLE, n INT").json({src!r})
     .writeStream.format("orc").option("checkpointLocation", {work + '/ck'!r}).start({out!r}))
q.processAllAvailable()
q.stop()
spark.range(3).selectExpr("id", "cast(id AS string) AS s").write.option("compression", "snappy").orc({batch_out!r})
spark.range(2).write.option("orc.compress", "ZLIB").orc({batch_out + '-zlib'!r})
spark.conf.set("spark.sql.orc.compression.codec", "lz4")
spark.range(2).write.orc({batch_out + '-lz4'!r})
spark.range(2).write.option("compression", "none").orc({batch_out + '-none'!r})
""", work)
    files, rows = orc_rows(out)
    check("streaming ORC sink: zstd files, as Spark names them", files and all(f.endswith(".zstd.orc") for f in files), str(files))
    check("streaming ORC sink: compression zstd in the file", files and orc.ORCFile(files[0]).compression == "ZSTD")
    want = [{"ts": datetime.datetime(2025, 3, 1, 10, i), "cat": "c%d" % (i % 2), "v": i * 1.5, "n": i} for i in range(5)]
    got = sorted(rows, key=lambda r: r["n"])
    got = [{**r, "ts": r["ts"].replace(tzinfo=None) if r["ts"] else None} for r in got]
    check("streaming ORC sink: pyarrow reads the rows back", got == want, f"{got} != {want}")
    bfiles, brows = orc_rows(batch_out)
    check("batch df.write.orc with snappy", bfiles and all(f.endswith(".snappy.orc") for f in bfiles)
          and sorted(r["id"] for r in brows) == [0, 1, 2] and orc.ORCFile(bfiles[0]).compression == "SNAPPY", str(bfiles))

    for suffix, ext, codec in [("-zlib", ".zlib.orc", "ZLIB"), ("-lz4", ".lz4.orc", "LZ4"), ("-none", "c000.orc", "UNCOMPRESSED")]:
        f, r = orc_rows(batch_out + suffix)
        check(f"ORC codec {codec} (orc.compress, spark.sql.orc.compression.codec, compression)",
              f and all(x.endswith(ext) for x in f) and orc.ORCFile(f[0]).compression == codec
              and sorted(x["id"] for x in r) == [0, 1], str(f))

    # 2. pyarrow writes ORC; Runnel reads it (batch and streaming).
    pin = os.path.join(work, "pa-orc")
    os.makedirs(pin)
    t = pa.table({
        "i8": pa.array([1, None], pa.int8()), "i16": pa.array([2, 3], pa.int16()),
        "i32": pa.array([3, 4], pa.int32()), "i64": pa.array([4, 5], pa.int64()),
        "f": pa.array([1.5, 2.5], pa.float32()), "d": pa.array([2.25, None], pa.float64()),
        "s": pa.array(["x", "y"]), "b": pa.array([b"\x01", b"\x02"]), "ok": pa.array([True, False]),
        "dt": pa.array([datetime.date(2025, 3, 1), None]),
        "ts": pa.array([datetime.datetime(2025, 3, 1, 10, 5, 0, 123456), None], pa.timestamp("us")),
        "dec": pa.array([decimal.Decimal("12.34"), decimal.Decimal("-1.00")], pa.decimal128(10, 2)),
        "xs": pa.array([[1, 2], []], pa.list_(pa.int32())),
        "st": pa.array([{"a": 1, "b": "q"}, None], pa.struct([("a", pa.int32()), ("b", pa.string())])),
    })
    orc.write_table(t, os.path.join(pin, "part-0.orc"))
    res = submit(runnel, f"""
import json
from pyspark.sql import SparkSession
spark = SparkSession.builder.getOrCreate()
df = spark.read.orc({pin!r})
print("ROWS " + json.dumps([[f.name, f.dataType.simpleString()] for f in df.schema.fields]))
print("ROWS " + json.dumps([str(r) for r in df.orderBy("i32").collect()]))
got = []
def keep(b, i):
    got.extend(str(r) for r in b.orderBy("i64").collect())
q = (spark.readStream.schema("i64 BIGINT, s STRING, dec DECIMAL(10,2), st STRUCT<a: INT, b: STRING>").orc({pin!r})
     .writeStream.foreachBatch(keep).start())
q.processAllAvailable()
q.stop()
print("ROWS " + json.dumps(got))
""", work)
    cols = [tuple(c) for c in res[0]]
    want_cols = [("i8", "tinyint"), ("i16", "smallint"), ("i32", "int"), ("i64", "bigint"), ("f", "float"),
                 ("d", "double"), ("s", "string"), ("b", "binary"), ("ok", "boolean"), ("dt", "date"),
                 ("ts", "timestamp"), ("dec", "decimal(10,2)"), ("xs", "array<int>"), ("st", "struct<a:int,b:string>")]
    check("spark.read.orc of pyarrow's file: Spark's types", cols == want_cols, str(cols))
    # Rows as the script front end prints them (dates and timestamps as PySpark's datetime
    # objects, decimals as decimal.Decimal, binary as bytes).
    check("spark.read.orc of pyarrow's file: the rows", res[1] == [
        "Row(i8=1, i16=2, i32=3, i64=4, f=1.5, d=2.25, s='x', b=b'\\x01', ok=True, dt=datetime.date(2025, 3, 1), "
        "ts=datetime.datetime(2025, 3, 1, 10, 5, 0, 123456), dec=Decimal('12.34'), xs=[1, 2], st=Row(a=1, b='q'))",
        "Row(i8=None, i16=3, i32=4, i64=5, f=2.5, d=None, s='y', b=b'\\x02', ok=False, dt=None, ts=None, "
        "dec=Decimal('-1.00'), xs=[], st=None)"], str(res[1]))
    check("readStream.orc with a schema", res[2] == [
        "Row(i64=4, s='x', dec=Decimal('12.34'), st=Row(a=1, b='q'))",
        "Row(i64=5, s='y', dec=Decimal('-1.00'), st=None)"], str(res[2]))

    # 3. Spark 4.3's ORC files.
    spark = json.load(open(os.path.join(HERE, "spark-orc.json")))
    res = submit(runnel, f"""
import json
from pyspark.sql import SparkSession
spark = SparkSession.builder.getOrCreate()
df = spark.read.orc({os.path.join(HERE, 'spark-orc')!r})
print("ROWS " + json.dumps([[f.name, f.dataType.simpleString()] for f in df.schema.fields]))
print("ROWS " + json.dumps(df.count()))
""", work)
    check("Spark 4.3's ORC files: the schema Spark reads", res[0] == spark["columns"], f"{res[0]} != {spark['columns']}")
    check("Spark 4.3's ORC files: the row count", res[1] == len(spark["rows"]))

    # 4. XML written by a streaming query, read back by another.
    xout = os.path.join(work, "xml-out")
    res = submit(runnel, f"""
import json
from pyspark.sql import SparkSession
spark = SparkSession.builder.getOrCreate()
q = (spark.readStream.schema("ts TIMESTAMP, cat STRING, v DOUBLE, n INT").json({src!r})
     .writeStream.format("xml").option("rowTag", "event").option("checkpointLocation", {work + '/ck2'!r}).start({xout!r}))
q.processAllAvailable()
q.stop()
got = []
q = (spark.readStream.schema("cat STRING, n INT").xml({xout!r}, rowTag="event")
     .writeStream.foreachBatch(lambda b, i: got.extend(sorted(r.n for r in b.collect()))).start())
q.processAllAvailable()
q.stop()
print("ROWS " + json.dumps(got))
spark.range(3).selectExpr("id", "cast(id * 2 AS string) AS twice").write.xml({work + '/xml-batch'!r}, rowTag="item")
back = spark.read.xml({work + '/xml-batch'!r}, rowTag="item")
print("ROWS " + json.dumps([[f.name, f.dataType.simpleString()] for f in back.schema.fields]))
print("ROWS " + json.dumps(sorted([r.id, r.twice] for r in back.collect())))
""", work)
    xfiles = glob.glob(os.path.join(xout, "*.xml"))
    text = open(xfiles[0]).read() if xfiles else ""
    check("XML sink: Spark's layout", xfiles and text.startswith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ROWS>\n    <event>'), text[:200])
    check("XML source reads the sink's files back", res[0] == [0, 1, 2, 3, 4], str(res))
    check("df.write.xml / spark.read.xml with rowTag as a keyword, types inferred",
          res[1] == [["id", "bigint"], ["twice", "bigint"]] and res[2] == [[0, 0], [1, 2], [2, 4]], str(res[1:]))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
