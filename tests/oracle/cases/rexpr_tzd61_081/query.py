spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, ts TIMESTAMP, k BIGINT, d DOUBLE, n DECIMAL(5,3), t STRING, m DECIMAL(12,4), dt DATE, s STRING").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT i AS k1, CASE WHEN (ts = TIMESTAMP'1999-12-31 23:59:59.999') THEN i WHEN (dt > DATE'2000-01-01') THEN i WHEN (m IS NOT NULL) THEN i ELSE i END AS k2, bool_and((t <> 'o')) AS a1, min(coalesce(ts, TIMESTAMP'1999-12-31 23:59:59.999')) AS a2, max(CAST(t AS INT)) AS a3 FROM src GROUP BY 1, 2")
OUTPUT_MODE = "update"
