from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("s").agg(expr("max(regexp_count(s, '[0-9]')) AS a1"), expr("min(CASE WHEN (dt > DATE'2024-02-29') THEN ts ELSE ts END) AS a2"), expr("sum((id + id)) AS a3"))
OUTPUT_MODE = "complete"
