from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "1 minutes").groupBy(F.expr("n % 2").alias("g")).agg(F.min(F.struct("v", "n")).alias("lo"), F.sum("v").alias("sv")).orderBy(F.col("lo").desc_nulls_last())
OUTPUT_MODE = "complete"
