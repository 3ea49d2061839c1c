from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT, s STRING").load(INPUT)
result = df.select("id", F.schema_of_csv(F.col("s")))
OUTPUT_MODE = "append"
