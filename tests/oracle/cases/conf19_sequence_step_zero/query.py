from pyspark.sql.functions import expr
df = spark.readStream.schema("i INT").json(INPUT)
result = df.select(expr("sequence(1, i, 0) AS s"))
OUTPUT_MODE = "append"
