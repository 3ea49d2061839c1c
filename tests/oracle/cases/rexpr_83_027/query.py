from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.filter("(nvl2(ts, (id <> -2L), false) OR (s IS NOT NULL))").createOrReplaceTempView("src")
result = spark.sql("SELECT 0.1D AS k1, datediff(max(dt), min(dt)) AS a1, (max(round(CAST(NULL AS DECIMAL(10,2)), 3)) - min(round(CAST(NULL AS DECIMAL(10,2)), 3))) AS a2, count_if((((d > 0.5D) OR (id <= 1000L)) OR (CASE WHEN (d > 100.0D) THEN dt WHEN (dt >= to_date('2024-02-29')) THEN DATE'2000-01-01' WHEN (id >= 1000L) THEN dt ELSE dt END > ts))) AS a3 FROM src GROUP BY k1")
OUTPUT_MODE = "complete"
