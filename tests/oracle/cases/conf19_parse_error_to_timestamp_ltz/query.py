from pyspark.sql.functions import expr
df = spark.readStream.schema("s STRING").json(INPUT)
result = df.select(expr("to_timestamp_ltz(s, 'yyyy-MM-dd') AS x"))
OUTPUT_MODE = "append"
