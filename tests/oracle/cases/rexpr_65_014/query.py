from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("CASE (j < 3) WHEN false THEN t ELSE t END").try_cast("int").alias("c1"), (lit(0.5) != F.when(col("i").isNotNull(), col("id")).otherwise(col("id"))).alias("c2"), col("s").try_cast("int").alias("c3"), expr("CASE WHEN (m <= 99.99) THEN id WHEN true THEN id WHEN true THEN id ELSE id END"), expr("date_add(dt, 3)").alias("c5"))
OUTPUT_MODE = "append"
