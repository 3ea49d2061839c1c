from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("i INT, l BIGINT, s SMALLINT, b TINYINT").load(INPUT)
result = df.selectExpr("i & l", "i | 3", "s ^ b", "~i", "~b", "b & s", "(i & 1) = 1 AS odd")
OUTPUT_MODE = "append"
