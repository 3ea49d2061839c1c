from pyspark.sql.functions import expr
df = spark.readStream.schema("i INT, l BIGINT").json(INPUT)
result = df.select(expr("map_contains_key(map(i, 1), l) AS a"), expr("map_contains_key(map(l, 1), 1.0D) AS b"))
OUTPUT_MODE = "append"
