from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.withWatermark("ts", "3 minutes").withColumn("band", F.when(F.col("v") < 3, "lo").when(F.col("v") < 7, "mid").otherwise("hi")).withColumn("tag", F.explode(F.split(F.col("tags"), ","))).groupBy(F.expr("n % 3").alias("g")).agg(F.round(F.stddev("v"), 3).alias("sd"))
OUTPUT_MODE = "update"
