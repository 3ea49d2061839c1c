from pyspark.sql.functions import expr
df = spark.readStream.schema("a DATE, b DATE").json(INPUT)
result = df.select(expr("sequence(a, b, INTERVAL 12 HOUR) AS s"))
OUTPUT_MODE = "append"
