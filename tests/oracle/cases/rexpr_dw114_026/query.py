from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, s STRING, dt DATE, m DECIMAL(38,10), ts TIMESTAMP, t STRING").load(INPUT)
result = df.filter("((i <> id) OR (s IS NULL))").selectExpr("CAST(i AS DOUBLE)", "crc32(CAST(next_day(dt, 'Mon') AS STRING)) AS c2")
OUTPUT_MODE = "append"
