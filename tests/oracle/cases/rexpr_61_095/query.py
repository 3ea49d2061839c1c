from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.filter("(((m > i) AND b) OR (s IS NOT NULL))").createOrReplaceTempView("src")
result = spark.sql("SELECT (minute(ts) > f) AS k1, add_months(dt, 10) AS k2, max(ts) AS a1, count(m) AS a2, (max(CASE WHEN b THEN d WHEN (m < 12.345) THEN 0.1D WHEN (i IS NOT NULL) THEN d ELSE d END) - min(CASE WHEN b THEN d WHEN (m < 12.345) THEN 0.1D WHEN (i IS NOT NULL) THEN d ELSE d END)) AS a3, bool_or(b) AS a4 FROM src GROUP BY (minute(ts) > f), add_months(dt, 10)")
OUTPUT_MODE = "update"
