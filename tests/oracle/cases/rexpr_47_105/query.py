from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, b BOOLEAN, i INT, j INT, m DECIMAL(18,6), f FLOAT, ts TIMESTAMP, d DOUBLE, s STRING").json(INPUT)
result = df.select("id", "d", F.isnull(col("dt")).alias("c1"), F.year(F.date_add(col("dt"), col("i"))).alias("c2"), F.when(col("f").isNotNull(), F.when(col("dt").isNotNull(), col("ts")).when((col("ts") >= F.to_timestamp(lit("2024-02-29 00:00:00"))), col("ts")).when(col("b"), col("ts")).otherwise(F.to_timestamp(lit("1999-12-31 23:59:59.999")))).alias("c3"))
OUTPUT_MODE = "append"
