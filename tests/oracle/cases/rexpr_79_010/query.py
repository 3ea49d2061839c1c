from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, m DECIMAL(38,10), ts TIMESTAMP, t STRING, b BOOLEAN, i INT, s STRING, dt DATE").load(INPUT)
result = df.where((F.substring(col("t"), 2, 10).between(lit("日本"), lit(" ")) | (col("ts") < F.to_timestamp(lit("1999-12-31 23:59:59.999"))))).selectExpr("id", "concat_ws(', ', s, t, CAST(dt AS STRING)) AS c1", "CAST(5 AS BIGINT) AS c2", "CASE WHEN (NOT (b AND b)) THEN b END AS c3")
OUTPUT_MODE = "append"
