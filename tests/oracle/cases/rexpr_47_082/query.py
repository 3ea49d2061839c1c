from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.filter((col("s") <= lit(" "))).createOrReplaceTempView("src")
result = spark.sql("SELECT t, sum(CASE WHEN ((n IS NOT NULL) OR ((ts = TIMESTAMP'2024-02-29 00:00:00') <= b)) THEN (m * bround(n, 2)) ELSE 0 END) AS a1, count(b) AS a2 FROM src GROUP BY t ORDER BY t")
OUTPUT_MODE = "complete"
ORDERED = True
