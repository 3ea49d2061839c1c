from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.when((col("i") >= lit(10)), col("k")).otherwise(lit(3).cast("bigint"))).withColumn("c2", expr("((s IS NOT NULL) OR ((dt <> DATE'2024-02-29') AND (k = 3L)))")).withColumn("c3", ((F.when((col("s") == lit("abc")), lit(1).cast("bigint")).otherwise(col("id")) - (col("i") - col("i"))) / lit(2.0))).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
