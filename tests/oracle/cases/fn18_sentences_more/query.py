from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT, s STRING").load(INPUT)
result = df.select("id", F.sentences("s").alias("w"))
OUTPUT_MODE = "append"
