from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((~F.coalesce(F.coalesce(col("dt").isNotNull(), ((col("ts") != F.to_timestamp(lit("2024-02-29 00:00:00"))) | (col("id") == lit(1).cast("bigint"))), lit(True)), lit(False)))).selectExpr("id", "f", "ceil(CASE WHEN abs(try_divide((-2L / nullif(f, 0)), 1e300D)) < 1e9D THEN try_divide((-2L / nullif(f, 0)), 1e300D) END) AS c1", "CAST(add_months(last_day(CASE WHEN (f IS NOT NULL) THEN dt WHEN (id IS NOT NULL) THEN to_date('2023-12-31') ELSE dt END), i) AS STRING) AS c2", "greatest(n, n) AS c3", "round(d, i) AS c4", "(NOT (s < rpad(upper(s), 3, 'é'))) AS c5")
OUTPUT_MODE = "append"
