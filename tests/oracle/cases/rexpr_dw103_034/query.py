from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("(i + i)").alias("c1"), F.coalesce(lit(-1), lit(1)).alias("c2"), expr("add_months(dt, i)"), F.sha2(F.least(col("s"), F.when(col("b"), col("t")).when((col("t") >= lit("a")), col("s")).when((col("d") != lit(100.0)), col("t")).otherwise(lit(.001).cast("decimal(4,3)").cast("string"))), 256).alias("c4"))
OUTPUT_MODE = "append"
