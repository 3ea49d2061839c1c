from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(F.nvl(col("t"), lit("o")), expr("bround(d, 3)").alias("c2"), F.ceil(col("m")), F.unix_timestamp(F.date_sub(F.add_months((col("dt") - expr("INTERVAL -10 DAYS")), col("i")), col("i"))).alias("c4")).filter("(NOT coalesce((dt >= to_date('2025-03-01')), false))")
OUTPUT_MODE = "append"
