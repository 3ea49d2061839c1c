from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT i, avg(id) AS a1, max(make_date(2024, i, 1)) AS a4, (max(nullif(CASE WHEN (k < 1000L) THEN d END, 100.0D)) - min(nullif(CASE WHEN (k < 1000L) THEN d END, 100.0D))) AS a2, round(avg(i), 3) AS a3 FROM src GROUP BY 1")
OUTPUT_MODE = "complete"
