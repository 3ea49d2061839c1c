from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", (col("i") + col("i")).alias("c1"), expr("(NOT i)").alias("c2"), F.when(col("m").isin(expr("1.25"), lit(.5).cast("decimal(2,1)")), (col("d") - col("d"))).alias("c3"), expr("(translate(concat(t, t), ' ', '_') LIKE 'a%') AS c4"), F.round(lit(None).cast("double"), 3).alias("c5"), F.coalesce(col("b"), lit(True)).alias("c6")).filter(((col("b") & col("b")) | col("t").isNotNull()))
OUTPUT_MODE = "append"
