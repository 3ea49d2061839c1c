from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT, j STRING, k STRING").load(INPUT)
result = df.select("id", F.json_tuple("j", "a", "b", "c", "a"))
OUTPUT_MODE = "append"
