from pyspark.sql.functions import expr
df = spark.readStream.schema("i INT").json(INPUT)
result = df.select(expr("sequence(i, 1, 2) AS s"))
OUTPUT_MODE = "append"
