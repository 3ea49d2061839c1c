from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.selectExpr("ts", "cat", "v", "n", "tags", "CASE WHEN n % 2 = 0 THEN 'even' ELSE 'odd' END AS parity").groupBy("cat").agg(F.sum(F.when(F.col("v") > 5, 1).otherwise(0)).alias("big")).orderBy(F.col("big").desc_nulls_last())
OUTPUT_MODE = "complete"
