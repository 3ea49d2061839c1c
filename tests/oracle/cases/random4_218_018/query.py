from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.selectExpr("ts", "cat", "v", "n", "tags", "CASE WHEN n % 2 = 0 THEN 'even' ELSE 'odd' END AS parity").groupBy(F.expr("n % 3").alias("g")).agg(F.max("n").alias("mx"), F.approx_count_distinct("cat").alias("dc")).orderBy(F.col("mx").desc_nulls_last())
OUTPUT_MODE = "complete"
