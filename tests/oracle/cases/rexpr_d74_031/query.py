from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.try_multiply(F.round((col("id") > lit(0).cast("bigint")).cast("decimal(38,18)"), 3), lit(-1))).withColumn("c2", expr("k")).withColumn("c3", F.nvl2(F.try_multiply(col("d"), col("d")), col("dt"), F.to_date(lit("2024-02-29")))).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
