from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "5 minutes").dropna(subset=["v"]).groupBy(F.expr("n % 3").alias("g")).agg(F.sum("v").alias("sv"), F.max("n").alias("mx"))
OUTPUT_MODE = "update"
