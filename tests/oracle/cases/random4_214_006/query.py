from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "5 minutes").groupBy(F.expr("n % 2").alias("g")).agg(F.array_sort(F.collect_set("cat")).alias("cats"))
OUTPUT_MODE = "complete"
