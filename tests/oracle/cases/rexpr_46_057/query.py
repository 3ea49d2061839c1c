from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("regexp_extract(s, '([A-Za-z]+) ([A-Za-z]+)', 2)")).withColumn("c2", ((col("id") - F.when((col("t") != lit("abc")), lit(1).cast("bigint")).when(col("b"), lit(1000).cast("bigint")).when(col("b"), col("id")).otherwise(col("id"))) + col("d"))).withColumn("c3", expr("ts")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
