from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT").load(INPUT)
result = df.select("id", F.expr("randstr(-1, 0)"))
OUTPUT_MODE = "append"
