from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, d DOUBLE, b BOOLEAN, j INT, ts TIMESTAMP, k BIGINT, n DECIMAL(9,5), m DECIMAL(38,10), i INT, dt DATE").load(INPUT)
result = df.filter(((col("ts") <= col("dt")) | (col("j") != lit(0)))).groupBy(col("j").alias("k1")).agg(expr("round(avg((n + (n * n))), 2) AS a1"), expr("count(CASE concat(s, s, CAST(i AS STRING)) WHEN 'Hello' THEN m WHEN 'é' THEN m ELSE bround(m, 0) END) AS a2"), expr("round(avg(nullif(-1, 5)), 3) AS a3"), expr("round(avg((i % nullif(i, 0))), 2) AS a4"))
OUTPUT_MODE = "update"
