from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.groupBy(F.expr("n % 2").alias("g")).agg(F.array_sort(F.collect_set("cat")).alias("cats"), F.max("n").alias("mx"))
OUTPUT_MODE = "update"
