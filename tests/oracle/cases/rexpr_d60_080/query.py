from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, d DOUBLE, t STRING, s STRING, i INT, dt DATE, ts TIMESTAMP, b BOOLEAN, n DECIMAL(5,3), m DECIMAL(12,4)").json(INPUT)
result = df.groupBy("i").agg(expr("min(nvl(ts, TIMESTAMP'2024-03-01 12:30:00.123456')) AS a1"), expr("count(nullif((- d), 3.75D)) AS a2"), expr("sum(CASE WHEN coalesce(b, (dt IS NOT NULL), CAST(NULL AS BOOLEAN)) THEN nullif(i, 5) ELSE 0 END) AS a3"), F.max(F.length(F.regexp_extract(col("t"), "([A-Za-z]+) ([A-Za-z]+)", 2))).alias("a4"))
OUTPUT_MODE = "update"
