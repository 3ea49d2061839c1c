from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((~F.coalesce((col("i") != col("m")), lit(False)))).select("id", (col("dt") != F.date_add(col("dt"), col("i"))).alias("c1"), expr("TRY_CAST(t AS TIMESTAMP)").alias("c2"))
OUTPUT_MODE = "append"
