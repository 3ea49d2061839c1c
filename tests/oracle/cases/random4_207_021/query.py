from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withColumn("band", F.when(F.col("v") < 3, "lo").when(F.col("v") < 7, "mid").otherwise("hi")).groupBy(F.expr("n % 2").alias("g")).agg(F.min(F.struct("v", "n")).alias("lo"))
OUTPUT_MODE = "update"
