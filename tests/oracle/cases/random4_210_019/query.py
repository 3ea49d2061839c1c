from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.selectExpr("ts", "cat", "v", "n", "tags", "CASE WHEN n % 2 = 0 THEN 'even' ELSE 'odd' END AS parity").groupBy(F.expr("n % 3").alias("g")).agg(F.approx_count_distinct("cat").alias("dc"), (F.sum("v") / F.count("*")).alias("mean"))
OUTPUT_MODE = "update"
