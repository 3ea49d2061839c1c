from pyspark.sql.functions import expr
df = spark.readStream.schema("i INT").json(INPUT)
result = df.select(expr("map_contains_key(map(i, 1), NULL)"))
OUTPUT_MODE = "append"
