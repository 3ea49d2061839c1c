from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "3 minutes").groupBy(F.window("ts", "5 minutes"), F.expr("n % 2").alias("g")).agg(F.approx_count_distinct("cat").alias("dc"))
OUTPUT_MODE = "update"
