from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "j", "CASE WHEN (j <> 0) THEN dt WHEN (b IS NOT TRUE) THEN to_date('2023-12-31') WHEN b THEN dt ELSE dt END AS c1", "CASE WHEN startswith(t, '') THEN k WHEN (coalesce(dt, to_date('2023-12-31')) <= add_months(to_date('2023-12-31'), 0)) THEN k WHEN (d = 0.1D) THEN CASE WHEN b THEN id WHEN (m <> 100BD) THEN id ELSE 1000L END ELSE ceil(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END) END AS c2", "trunc(last_day(try_to_date(s)), 'Q') AS c3").where(F.coalesce(F.when((~col("b")), col("b")).when(col("b"), col("m").isNotNull()).otherwise(col("b")), lit(True)))
OUTPUT_MODE = "append"
