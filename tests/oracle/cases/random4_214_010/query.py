from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.filter(F.coalesce(F.col("v"), F.lit(0.0)) > 1.5).withColumn("tag", F.explode(F.split(F.col("tags"), ","))).groupBy(F.expr("n % 2").alias("g")).agg(F.approx_count_distinct("cat").alias("dc")).orderBy(F.col("dc").desc_nulls_last())
OUTPUT_MODE = "complete"
