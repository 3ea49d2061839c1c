from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("coalesce(ifnull(CASE WHEN b THEN b WHEN b THEN b WHEN b THEN (ts <= TIMESTAMP'2024-03-01 12:30:00.123456') ELSE b END, true), true)").select(expr("CAST(CASE WHEN b THEN i ELSE i END AS TIMESTAMP) AS c1"), expr("(id DIV 10)").alias("c2"))
OUTPUT_MODE = "append"
