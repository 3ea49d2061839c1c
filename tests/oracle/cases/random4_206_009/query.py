from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "3 minutes").withColumn("tag", F.explode(F.split(F.col("tags"), ","))).groupBy(F.window("ts", "5 minutes"), F.expr("n % 2").alias("g")).agg(F.array_sort(F.collect_list("n")).alias("ns"), F.min(F.struct("v", "n")).alias("lo"), F.max("n").alias("mx"))
OUTPUT_MODE = "complete"
