from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.where((col("ts") <= F.to_timestamp(lit("2024-02-29 00:00:00")))).createOrReplaceTempView("src")
result = spark.sql("SELECT s, (i - i) AS k2, max((m / i)) AS a4, (max(m) - min(m)) AS a1, round(avg(f), 0) AS a2, count_if((to_date('2023-12-31') > (ts + INTERVAL 36 HOURS))) AS a3 FROM src GROUP BY s, (i - i)")
OUTPUT_MODE = "update"
