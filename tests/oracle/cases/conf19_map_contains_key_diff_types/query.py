from pyspark.sql.functions import expr
df = spark.readStream.schema("i INT, s STRING").json(INPUT)
result = df.select(expr("map_contains_key(map(i, 1), s)"))
OUTPUT_MODE = "append"
