from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT, a ARRAY<INT>").load(INPUT)
result = df.select("id", F.to_csv("id"))
OUTPUT_MODE = "append"
