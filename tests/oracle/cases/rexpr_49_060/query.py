from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(s IS NOT NULL)").select("id", expr("(id - length(s))").alias("c1"), expr("nullif((if((m >= 0.001), id, 1000L) + (id - i)), -2L)").alias("c2"), (~(col("i") >= lit(3))).alias("c3"), F.coalesce(col("dt"), F.make_date(lit(2023), lit(12), lit(1)), F.to_date(lit("2025-03-01"))))
OUTPUT_MODE = "append"
