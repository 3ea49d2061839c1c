spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.where(((col("k") != lit(3).cast("bigint")) | (col("s") < lit("o")))).createOrReplaceTempView("src")
result = spark.sql("SELECT d AS k1, count(s) AS a1, sum(CASE WHEN equal_null((i + i), 3) THEN 0.5 ELSE 0 END) AS a2, min(TIMESTAMP'2024-03-01 12:30:00.123456') AS a3, datediff(max(dt), min(dt)) AS a4 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
