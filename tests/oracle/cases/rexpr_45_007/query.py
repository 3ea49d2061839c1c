from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, i INT, ts TIMESTAMP, dt DATE, m DECIMAL(10,2), d DOUBLE, s STRING").load(INPUT)
result = df.select(F.unix_timestamp(F.date_sub(col("dt"), lit(10))), F.size(F.split(F.repeat(F.nullif(F.nullif(col("s"), lit("")), lit("2024-02-29")), 2), "[aeiou]")).alias("c2")).where(((col("b") | (col("id") > lit(3).cast("bigint"))) | (col("dt") > F.to_date(lit("2025-03-01")))))
OUTPUT_MODE = "append"
