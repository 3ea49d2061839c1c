from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT").load(INPUT)
result = df.select("id", F.expr("shuffle(array(1, 2), id)"))
OUTPUT_MODE = "append"
