from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, m DECIMAL(10,2), t STRING, n DECIMAL(5,3), i INT, d DOUBLE, s STRING, b BOOLEAN, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "sentences(t) AS c1", "to_timestamp(date_format(date_trunc('MONTH', TIMESTAMP'2024-02-29 00:00:00'), 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm') AS c2")
OUTPUT_MODE = "append"
