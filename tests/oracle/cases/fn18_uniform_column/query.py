from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT").load(INPUT)
result = df.select("id", F.uniform(F.col("id"), F.lit(20), F.lit(3)))
OUTPUT_MODE = "append"
