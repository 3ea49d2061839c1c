from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("i INT, l BIGINT, s SMALLINT, b TINYINT").load(INPUT)
result = df.where("(l & 4) > 0").select("i", "l")
OUTPUT_MODE = "append"
