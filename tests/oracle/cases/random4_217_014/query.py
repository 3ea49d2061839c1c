from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "1 minutes").selectExpr("ts", "cat", "v", "n", "tags", "CASE WHEN n % 2 = 0 THEN 'even' ELSE 'odd' END AS parity").dropna(subset=["v"]).dropDuplicates(["cat", "n", "ts"])
OUTPUT_MODE = "append"
