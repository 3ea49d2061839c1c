from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT").load(INPUT)
result = df.select("id", F.shuffle(F.col("id"), F.lit(1)))
OUTPUT_MODE = "append"
