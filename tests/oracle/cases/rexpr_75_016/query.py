from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("ts", (col("ts") - expr("INTERVAL -3 DAYS"))).withColumn("c2", (col("id") + col("i").cast("bigint"))).drop("i", "d", "f", "s", "b", "dt").where("(CASE WHEN (id IS NOT NULL) THEN (m < 99.99) WHEN false THEN (c2 < -2L) ELSE (c2 > 1000L) END OR (id IS NOT NULL))")
OUTPUT_MODE = "append"
