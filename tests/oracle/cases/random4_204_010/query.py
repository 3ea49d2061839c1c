from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "3 minutes").withColumn("band", F.when(F.col("v") < 3, "lo").when(F.col("v") < 7, "mid").otherwise("hi")).groupBy(F.window("ts", "2 minutes"), F.expr("n % 2").alias("g")).agg(F.min(F.struct("v", "n")).alias("lo"), F.max("n").alias("mx"))
OUTPUT_MODE = "update"
