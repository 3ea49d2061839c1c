from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, m DECIMAL(10,2), i INT, s STRING, b BOOLEAN, dt DATE, f FLOAT, ts TIMESTAMP").load(INPUT)
result = df.withColumn("d", expr("(d + d)")).withColumn("c2", expr("greatest(CASE WHEN (ts IS NOT NULL) THEN id WHEN b THEN id ELSE id END, id)")).withColumn("c3", F.datediff(col("dt"), col("dt"))).select("id", "c2", "c3").where((((lit(False) | (col("c2") == lit(1000).cast("bigint"))) & (lit(False) | (col("id") <= lit(86400).cast("bigint")))) | (col("c3") >= lit(5))))
OUTPUT_MODE = "append"
