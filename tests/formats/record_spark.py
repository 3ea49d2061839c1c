"""Records what Spark 4.3 does with ORC and XML files, for Runnel's format tests.

Run with the pyspark 4.3 venv: `/work/pyspark-venv/bin/python tests/formats/record_spark.py`.
Writes (never edit by hand):
  spark-orc/           ORC files Spark wrote (default compression) for a table of many types,
                       and spark-orc.json: the rows and schema Spark reads back from them;
  spark-xml/<case>.json  for each XML input in xml-inputs/: the schema Spark infers
                       (rowTag from the file's first comment) and the rows it reads,
                       and the text Spark writes for a small DataFrame (spark-xml/written.xml).
"""

import glob
import json
import os
import shutil
import sys
import tempfile

from pyspark.sql import SparkSession

HERE = os.path.dirname(os.path.abspath(__file__))


def canon(v):
    import datetime
    import decimal

    if isinstance(v, datetime.datetime):
        return v.strftime("%Y-%m-%dT%H:%M:%S.%fZ").replace(".000000Z", "Z")
    if isinstance(v, datetime.date):
        return v.isoformat()
    if isinstance(v, decimal.Decimal):
        return str(v)
    if isinstance(v, (bytes, bytearray)):
        return bytes(v).hex()
    if isinstance(v, list):
        return [canon(x) for x in v]
    if hasattr(v, "asDict"):
        return {k: canon(x) for k, x in v.asDict().items()}
    if isinstance(v, float) and (v != v or v in (float("inf"), float("-inf"))):
        return str(v)
    return v


def rows(df):
    return [[canon(x) for x in r] for r in df.collect()]


def main():
    spark = (SparkSession.builder.master("local[1]").appName("formats")
             .config("spark.sql.session.timeZone", "UTC")
             .config("spark.driver.extraJavaOptions", "-Duser.timezone=UTC")
             .config("spark.ui.enabled", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    # ORC: every type Runnel maps.
    df = spark.sql(
        "SELECT * FROM VALUES "
        "(1L, 2, CAST(3 AS SMALLINT), CAST(4 AS TINYINT), true, 1.5D, CAST(2.5 AS FLOAT), 'a', X'0102', "
        " DATE'2025-03-01', TIMESTAMP'2025-03-01 10:05:00.123456', CAST(12.34 AS DECIMAL(10,2)), array(1, 2), named_struct('x', 1, 'y', 'z')), "
        "(NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL) "
        "AS t(l, i, s, b, bo, d, f, str, bin, dt, ts, dec, arr, st)")
    out = os.path.join(HERE, "spark-orc")
    shutil.rmtree(out, ignore_errors=True)
    df.coalesce(1).write.orc(out)
    back = spark.read.orc(out)
    json.dump({"columns": [[f.name, f.dataType.simpleString()] for f in back.schema.fields],
               "rows": rows(back.orderBy("l")),
               "files": sorted(os.path.basename(p) for p in glob.glob(out + "/part-*"))},
              open(os.path.join(HERE, "spark-orc.json"), "w"), indent=1)
    # XML: inference and reads.
    xout = os.path.join(HERE, "spark-xml")
    os.makedirs(xout, exist_ok=True)
    for f in sorted(glob.glob(os.path.join(HERE, "xml-inputs", "*.xml"))):
        first = open(f).readline()
        opts = json.loads(first.strip()[4:-3])  # <!--{"rowTag": ...}-->
        name = os.path.basename(f)[:-4]
        res = {"options": opts}
        try:
            r = spark.read.options(**opts).xml(f)
            res["columns"] = [[x.name, x.dataType.simpleString()] for x in r.schema.fields]
            res["rows"] = rows(r)
        except Exception as e:
            res["error"] = str(e).strip().splitlines()[0][:300]
        json.dump(res, open(os.path.join(xout, name + ".json"), "w"), indent=1)
    d = tempfile.mkdtemp()
    spark.sql("SELECT * FROM VALUES (100, 'Hyukjin Kwon', array(1, 2), named_struct('a', 1, 'b', 'x')), "
              "(NULL, 'a<b&c', NULL, NULL) AS t(age, name, xs, st)") \
        .coalesce(1).write.mode("overwrite").option("rowTag", "person").xml(d + "/x")
    part = glob.glob(d + "/x/part-*")[0]
    shutil.copy(part, os.path.join(xout, "written.xml"))
    print("files:", sorted(os.listdir(d + "/x")))
    # Attributes (the _ prefix), the value tag, and values of every kind as Spark writes them.
    spark.sql("SELECT * FROM VALUES (7L, 'v', named_struct('_lang', 'en', '_VALUE', 'Carol'), 1.5D, true, "
              "DATE'2025-03-01', TIMESTAMP'2025-03-01 10:05:00.123456', CAST(12.30 AS DECIMAL(10,2))) "
              "AS t(_id, _VALUE, name, d, ok, dt, ts, dec)") \
        .coalesce(1).write.mode("overwrite").option("rowTag", "r").option("rootTag", "rs").xml(d + "/y")
    shutil.copy(glob.glob(d + "/y/part-*")[0], os.path.join(xout, "written-kinds.xml"))
    # The writer's options: no declaration, nullValue, a date and timestamp format.
    spark.sql("SELECT * FROM VALUES (1, NULL, DATE'2025-03-01', TIMESTAMP'2025-03-01 10:05:00') AS t(a, b, dt, ts)") \
        .coalesce(1).write.mode("overwrite").option("rowTag", "r").option("declaration", "") \
        .option("nullValue", "NULL").option("dateFormat", "dd/MM/yyyy") \
        .option("timestampFormat", "dd/MM/yyyy HH:mm").xml(d + "/z")
    shutil.copy(glob.glob(d + "/z/part-*")[0], os.path.join(xout, "written-options.xml"))
    spark.stop()


if __name__ == "__main__":
    sys.exit(main())
