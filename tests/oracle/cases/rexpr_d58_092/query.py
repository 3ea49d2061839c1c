from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, dt DATE, i INT, s STRING, d DOUBLE, b BOOLEAN, ts TIMESTAMP, k BIGINT, m DECIMAL(12,4), t STRING").json(INPUT)
result = df.select(F.ifnull((F.least(F.to_date(lit("2025-03-01")), col("dt"), col("dt")) != col("dt")), lit(False)).alias("c1"), expr("CAST(ts AS BIGINT) AS c2"), F.nvl2((col("k") < lit(1).cast("bigint")), col("k"), lit(1000).cast("bigint")).isNotNull().alias("c3")).where((~F.coalesce(F.concat_ws("-", col("t"), lit(-3.10).cast("decimal(3,2)").cast("string"), col("m").cast("string")).startswith("é"), lit(False))))
OUTPUT_MODE = "append"
