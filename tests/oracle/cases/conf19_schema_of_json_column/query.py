from pyspark.sql import functions as F
df = spark.readStream.schema("s STRING").json(INPUT)
result = df.select(F.schema_of_json(F.col("s")))
OUTPUT_MODE = "append"
