from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("i INT, l BIGINT, s SMALLINT, b TINYINT").load(INPUT)
result = df.select(F.col("i").bitwiseAND(F.col("l")), F.col("i").bitwiseOR(6), F.col("s").bitwiseXOR(F.col("b")), F.bitwise_not("l"))
OUTPUT_MODE = "append"
