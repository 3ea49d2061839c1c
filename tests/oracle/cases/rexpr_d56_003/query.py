from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(((lit(-2).cast("bigint") <= col("id")) | (col("n") == expr("1.25")))).selectExpr("id", "ts", "CAST(((1 + i) - coalesce(i, 3)) AS BOOLEAN) AS c1", "((i + i) - nullif(i, 1))", "CASE WHEN isnull(id) THEN ts WHEN CAST(id AS BOOLEAN) THEN TIMESTAMP'1999-12-31 23:59:59.999' ELSE ts END AS c3")
OUTPUT_MODE = "append"
