from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("i INT, l BIGINT, s SMALLINT, b TINYINT").load(INPUT)
result = df.selectExpr("i & 'x' AS bad")
OUTPUT_MODE = "append"
