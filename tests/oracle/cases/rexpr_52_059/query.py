from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, k BIGINT, t STRING, dt DATE, s STRING, i INT, j INT, b BOOLEAN, d DOUBLE, ts TIMESTAMP, m DECIMAL(12,4)").load(INPUT)
result = df.filter("coalesce((year(least(dt, dt)) BETWEEN 1 AND 10), true)").selectExpr("id", "(d + months_between(trunc(dt, 'WEEK'), trunc(dt, 'mon'))) AS c1", "(dt < TIMESTAMP'2024-02-29 00:00:00')", "CASE WHEN (CASE WHEN b THEN k END >= (5 * -1)) THEN CASE WHEN (id IS NOT NULL) THEN i WHEN (dt <> DATE'2000-01-01') THEN i ELSE 3 END WHEN contains(s, 'o') THEN i WHEN (t IS NOT NULL) THEN i END AS c3")
OUTPUT_MODE = "append"
