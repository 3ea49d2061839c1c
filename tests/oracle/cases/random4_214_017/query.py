from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)
result = df.filter(F.coalesce(F.col("v"), F.lit(0.0)) > 1.5).withColumnRenamed("n", "k").withColumn("n", F.col("k") * 2).drop("k").groupBy(F.expr("n % 2").alias("g")).agg(F.max("n").alias("mx"))
OUTPUT_MODE = "update"
