from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "5 minutes").filter(F.coalesce(F.col("v"), F.lit(0.0)) > 1.5).groupBy(F.window("ts", "5 minutes"), F.expr("n % 3").alias("g")).agg(F.count("*").alias("cnt"), F.approx_count_distinct("cat").alias("dc"), F.round(F.stddev("v"), 3).alias("sd"))
OUTPUT_MODE = "complete"
