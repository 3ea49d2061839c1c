from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(F.coalesce(col("t").endswith("é"), lit(True))).withColumn("c1", F.try_element_at(F.split(F.lower(expr("CAST(last_day(dt) AS STRING)")), "-"), lit(3))).withColumn("c2", F.concat(expr("chr(abs(i) % 90 + 32)"), F.sha1(col("s"))).rlike("[0-9]+")).withColumn("c3", (col("t") <= lit("a"))).withColumn("c4", expr("CASE WHEN ((m * m) IS NULL) THEN ts WHEN (id < -2L) THEN CASE WHEN b THEN nullif(ts, TIMESTAMP'2024-02-29 00:00:00') WHEN (n = 0.001) THEN coalesce(ts, ts, TIMESTAMP'2024-03-01 12:30:00.123456') ELSE ts END WHEN (b OR b) THEN CAST(dt AS TIMESTAMP) END")).withColumn("c5", expr("nullif(add_months(dt, i), DATE'2024-02-29')")).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
