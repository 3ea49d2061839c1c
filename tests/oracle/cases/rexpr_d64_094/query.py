from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("t").agg(expr("sum(CASE WHEN ((s = ' ') AND (ts >= TIMESTAMP'2024-02-29 00:00:00')) THEN (i + 10) ELSE 0 END) AS a1"), expr("bool_or(isnull(m)) AS a2"), expr("(max((i * -1)) - min((i * -1))) AS a3"))
OUTPUT_MODE = "update"
