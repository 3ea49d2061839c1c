from pyspark.sql.functions import expr
df = spark.readStream.schema("s STRING").json(INPUT)
result = df.select(expr("schema_of_json(concat('{\"a\": ', '[1, 2.5]}'))"), "s")
OUTPUT_MODE = "append"
