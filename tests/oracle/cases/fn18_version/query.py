from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT").load(INPUT)
result = df.select("id", F.version(), F.expr("version()").alias("v2"))
OUTPUT_MODE = "append"
