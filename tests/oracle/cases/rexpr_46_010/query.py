from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, n DECIMAL(4,1), f FLOAT, b BOOLEAN, ts TIMESTAMP, s STRING, m DECIMAL(38,10), i INT, t STRING, dt DATE").load(INPUT)
result = df.select("id", "f", F.date_trunc("QUARTER", F.timestamp_seconds(F.datediff(col("dt"), col("dt")))).alias("c1"), F.try_element_at(F.split(col("s"), ","), lit(3)).alias("c2"), F.greatest(F.when(col("b"), col("dt")).when(col("b"), col("dt")).otherwise(col("dt")), F.trunc(col("dt"), "mon"), F.trunc(col("dt"), "Q")).alias("c3"), expr("CASE TRY_CAST(i AS INT) WHEN 10 THEN dt WHEN -1 THEN nullif(DATE'2023-12-31', to_date('2024-02-29')) ELSE dt END").alias("c4"), F.weekofyear(F.date_add(F.greatest(F.to_date(lit("2000-01-01")), col("dt")), col("i"))).alias("c5")).filter((~F.coalesce(col("b"), lit(False))))
OUTPUT_MODE = "append"
