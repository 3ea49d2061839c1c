from pyspark.sql.functions import expr
df = spark.readStream.schema("i INT, t TIMESTAMP").json(INPUT)
result = df.selectExpr("timestamp_diff('HOUR', t, t)")
OUTPUT_MODE = "append"
