from pyspark.sql import functions as F
df = spark.readStream.schema("s STRING, i INT").json(INPUT)
result = df.select("i", F.col("s").cast("time").alias("t"))
OUTPUT_MODE = "append"
