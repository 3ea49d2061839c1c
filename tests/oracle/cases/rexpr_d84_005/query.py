from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, m DECIMAL(38,10), f FLOAT, d DOUBLE, ts TIMESTAMP, dt DATE, s STRING, j INT, n DECIMAL(20,0)").json(INPUT)
result = df.filter("((substr(CASE WHEN false THEN s ELSE s END, 2, 1) IN ('abc', 'x-y')) OR (ts IS NULL))").selectExpr("id", "try_divide(0.001D, j) AS c1", "next_day(dt, 'SUN')", "pmod(id, i) AS c3").where((((F.to_timestamp(lit("2024-02-29 00:00:00")) - expr("INTERVAL -3 DAYS")) != F.coalesce(F.to_date(lit("2000-01-01")), F.to_date(lit("2025-03-01")))) | col("c1").isNull()))
OUTPUT_MODE = "append"
