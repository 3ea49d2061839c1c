from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "5 minutes").selectExpr("ts", "cat", "v", "n", "tags", "CASE WHEN n % 2 = 0 THEN 'even' ELSE 'odd' END AS parity").groupBy(F.window("ts", "5 minutes"), F.expr("n % 2").alias("g")).agg(F.count("*").alias("cnt")).filter(F.col("cnt") > 1).orderBy(F.col("cnt").desc_nulls_last())
OUTPUT_MODE = "complete"
