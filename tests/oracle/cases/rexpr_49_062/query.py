from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.where(F.coalesce(F.concat(col("dt").cast("string"), col("s")).like("%"), lit(True))).createOrReplaceTempView("src")
result = spark.sql("SELECT (i / 10.0D) AS k1, round(avg(if((s != 'Hello'), i, 1)), 0) AS a1, bool_or(CAST(CASE WHEN b THEN id WHEN b THEN 1000L WHEN b THEN id END AS BOOLEAN)) AS a2, bool_and((ts = TIMESTAMP'2024-02-29 00:00:00')) AS a3 FROM src GROUP BY 1")
OUTPUT_MODE = "complete"
