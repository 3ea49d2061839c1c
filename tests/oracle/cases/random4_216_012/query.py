from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.groupBy(F.expr("n % 2").alias("g")).agg(F.sum("v").alias("sv"), F.count("*").alias("cnt"), F.round(F.stddev("v"), 3).alias("sd"))
OUTPUT_MODE = "complete"
