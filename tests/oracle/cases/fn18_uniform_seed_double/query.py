from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT").load(INPUT)
result = df.select("id", F.expr("uniform(1, 2, 1.5D)"))
OUTPUT_MODE = "append"
