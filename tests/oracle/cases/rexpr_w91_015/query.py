from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("length(CAST(CAST(3 AS DECIMAL(20,0)) AS STRING))")).withColumn("c2", expr("('1e2' * CAST((bround(m, 3) / nullif(m, 0)) AS DOUBLE))")).withColumn("c3", F.trunc(col("dt"), "yy")).withColumn("f", col("d")).withColumn("k", (F.least(F.when(col("b"), col("id")).otherwise(lit(0).cast("bigint")), (lit(1000).cast("bigint") % F.nullif(col("i"), lit(0))), (lit(-2).cast("bigint") - col("id"))) - F.nullif(col("i"), lit(1))))
OUTPUT_MODE = "append"
