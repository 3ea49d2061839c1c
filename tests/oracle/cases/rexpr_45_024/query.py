from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(((col("id").isNotNull() == (col("dt") != F.to_date(lit("2025-03-01")))) | (col("id") > lit(1).cast("bigint")))).selectExpr("make_date(year(dt), 2, least(dayofmonth(dt), 28)) AS c1", "(m / 10) AS c2", "translate(coalesce(s, '2024-02-29'), 'lo', '01')", "coalesce(s, '2024-02-29', '') AS c4", "(TRY_CAST(coalesce(id, TRY_CAST(d AS BIGINT), -2L) AS DECIMAL(38,18)) / 2.5) AS c5")
OUTPUT_MODE = "append"
