from pyspark.sql import functions as F
df = spark.readStream.schema("k INT, x INT, y INT").json(INPUT)
result = df.groupBy("k").agg(F.max_by("x", "y", 2).alias("mx"), F.min_by("x", "y", 2).alias("mn"))
OUTPUT_MODE = "complete"
ORDERED = False
