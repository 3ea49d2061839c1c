from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.dropna(subset=["v"]).withColumn("tag", F.explode(F.split(F.col("tags"), ","))).groupBy(F.expr("n % 2").alias("g")).agg(F.array_sort(F.collect_list("n")).alias("ns"), (F.sum("v") / F.count("*")).alias("mean"))
OUTPUT_MODE = "update"
