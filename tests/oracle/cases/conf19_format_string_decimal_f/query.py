from pyspark.sql import functions as F
df = spark.readStream.schema("m DECIMAL(10,3)").json(INPUT)
result = df.select(F.format_string("%.2f", "m").alias("x"))
OUTPUT_MODE = "append"
