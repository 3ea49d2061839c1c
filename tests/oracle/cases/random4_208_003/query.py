from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "1 minutes").groupBy(F.window("ts", "2 minutes"), F.expr("n % 3").alias("g")).agg(F.min(F.struct("v", "n")).alias("lo"), F.array_sort(F.collect_set("cat")).alias("cats"))
OUTPUT_MODE = "update"
