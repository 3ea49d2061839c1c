from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(12,4), dt DATE, j INT, s STRING, n DECIMAL(5,3), ts TIMESTAMP, d DOUBLE, i INT, t STRING, b BOOLEAN").load(INPUT)
result = df.filter((col("i") < lit(5))).select("id", F.greatest(col("ts"), F.date_trunc("DAY", (col("ts") + expr("INTERVAL 36 HOURS"))), col("ts")).alias("c1"), F.ifnull(col("dt"), F.to_date(lit("2025-03-01"))).alias("c2")).where("(NOT coalesce((t IN ('')), false))")
OUTPUT_MODE = "append"
