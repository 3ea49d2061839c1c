from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT, s STRING").load(INPUT)
result = df.select("id", F.to_number("s", F.lit("\$")))
OUTPUT_MODE = "append"
