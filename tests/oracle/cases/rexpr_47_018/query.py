from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, dt DATE, j INT, k BIGINT, s STRING, d DOUBLE, i INT, t STRING, m DECIMAL(7,0), ts TIMESTAMP, b BOOLEAN").load(INPUT)
result = df.select("id", "m", expr("CASE WHEN (b OR (dt IS NOT NULL)) THEN dt ELSE (dateadd(DATE'2023-12-31', i) - INTERVAL 1 DAY) END AS c1"), (col("i") - col("i")).alias("c2"), F.date_add(F.when((col("i") <= lit(1)), col("dt")).when((col("s") <= lit("")), col("dt")).when((col("j") < lit(5)), F.to_date(lit("2025-03-01"))).otherwise(col("dt")), col("i")), expr("date_add((dt - INTERVAL 2 YEARS), 10)").alias("c4"), (col("j") >= lit(-2).cast("bigint")).alias("c5")).filter("(((0.001 * -3.10) IS NOT NULL) OR (dt < DATE'2024-02-29'))")
OUTPUT_MODE = "append"
