from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy((F.when(col("b"), col("d")).otherwise(col("d")) * col("d")).alias("k1")).agg(F.count(F.coalesce(F.trunc(col("dt"), "YEAR"), col("dt"), F.to_date(lit("2024-02-29")))).alias("a1"), F.count_if((F.round((-expr("-3.10")), -1) <= (col("d") / F.nullif(expr("int(power(i % 4, 2))"), lit(0))))).alias("a2"), expr("histogram_numeric(CAST(i % 4 AS DOUBLE), 8) AS a3"), expr("max(integer(i)) AS a4"))
OUTPUT_MODE = "update"
