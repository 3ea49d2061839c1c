from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, j INT, s STRING, n DECIMAL(4,1), d DOUBLE, b BOOLEAN, dt DATE, ts TIMESTAMP, i INT, k BIGINT, m DECIMAL(12,4)").json(INPUT)
result = df.filter(F.coalesce((col("n") <= lit(12.345).cast("decimal(5,3)")), lit(True))).select("id", F.round(F.round(col("m"), 2), -1), F.isnan((col("d") * col("id"))).alias("c2"), expr("(0 * datediff(add_months(dt, i), dt))").alias("c3"), expr("add_months(last_day(CASE WHEN (d IS NOT NULL) THEN date_add(to_date('2023-12-31'), i) WHEN (id < -2L) THEN make_date(year(dt), month(dt), 1) WHEN (dt IS NOT NULL) THEN DATE'2025-03-01' ELSE dt END), i) AS c4"), col("ts").eqNullSafe(col("dt")).alias("c5"))
OUTPUT_MODE = "append"
