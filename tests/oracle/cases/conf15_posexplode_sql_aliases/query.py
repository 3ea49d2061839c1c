from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, k STRING, v DOUBLE, arr ARRAY<INT>, m MAP<STRING,INT>").load(INPUT)
result = df.selectExpr("id", "posexplode(arr) AS (p, x)")
OUTPUT_MODE = "append"
