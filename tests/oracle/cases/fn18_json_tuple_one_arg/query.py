from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT, j STRING, k STRING").load(INPUT)
result = df.select("id", F.expr("json_tuple(j)"))
OUTPUT_MODE = "append"
