from pyspark.sql.functions import expr
df = spark.readStream.schema("i INT").json(INPUT)
result = df.select(expr("abs(bitwise_not(i)) AS c1"))
OUTPUT_MODE = "append"
