from pyspark.sql.functions import expr
df = spark.readStream.schema("a DATE, b DATE").json(INPUT)
result = df.select(expr("sequence(a, b, 1) AS s"))
OUTPUT_MODE = "append"
