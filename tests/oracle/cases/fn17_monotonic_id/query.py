from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT").load(INPUT)
result = df.select("id", F.monotonically_increasing_id().alias("mid"))
OUTPUT_MODE = "append"
