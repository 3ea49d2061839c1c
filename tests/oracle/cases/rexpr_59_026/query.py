from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("dt").agg(expr("avg(coalesce(d, f, 2.0D)) AS a1"), expr("sum(CASE WHEN (12.345 IS NOT NULL) THEN datediff(ts, DATE'2024-02-29') ELSE 0 END) AS a2"), expr("sort_array(collect_set(s)) AS a3"), expr("round(avg((i * 5)), 3) AS a4"))
OUTPUT_MODE = "update"
