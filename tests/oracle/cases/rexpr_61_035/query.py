from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(F.coalesce((F.ifnull(col("dt"), F.to_date(lit("2025-03-01"))) < col("dt")), lit(True))).selectExpr("id", "(CASE WHEN (d IS NOT NULL) THEN greatest(3, 1, i) WHEN (dt < DATE'2023-12-31') THEN 10 WHEN (s > '') THEN pmod(i, nullif(i, 0)) END * 0) AS c1", "log10(m) AS c2", "(CAST(i AS BOOLEAN) OR (m > -3.10)) AS c3", "(10 * i) AS c4").filter((F.isnan((col("f") / F.nullif(lit(2), lit(0)))) | (col("ts") != F.to_timestamp(lit("1999-12-31 23:59:59.999")))))
OUTPUT_MODE = "append"
