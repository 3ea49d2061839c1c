from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "5 minutes").groupBy(F.window("ts", "2 minutes"), F.expr("n % 3").alias("g")).agg(F.array_sort(F.collect_set("cat")).alias("cats"), (F.sum("v") / F.count("*")).alias("mean"), F.max("n").alias("mx"))
OUTPUT_MODE = "update"
