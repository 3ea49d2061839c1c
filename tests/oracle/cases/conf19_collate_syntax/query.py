from pyspark.sql.functions import expr
df = spark.readStream.schema("s STRING").json(INPUT)
result = df.select(expr("s COLLATE UTF8_BINARY"), expr("collation(s COLLATE UTF8_BINARY) AS c"), expr("(s COLLATE UTF8_BINARY = 'Hello') AS eq"))
OUTPUT_MODE = "append"
