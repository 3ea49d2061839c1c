from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.groupBy(F.expr("n % 3").alias("g")).agg(F.sum("v").alias("sv"))
OUTPUT_MODE = "update"
