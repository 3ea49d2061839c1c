from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("coalesce((ts IS NOT NULL), true)").withColumn("c1", F.abs(col("d"))).withColumn("c2", F.when((col("ts") != F.to_timestamp(lit("1999-12-31 23:59:59.999"))), col("d")).otherwise(col("c1"))).withColumn("c3", expr("(format_number(try_add(d, 2.0D), 3) LIKE '%')")).drop("d", "n", "t", "ts")
OUTPUT_MODE = "append"
