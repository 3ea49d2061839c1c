from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.where((~F.coalesce((col("ts") <= F.to_timestamp(lit("2024-02-29 00:00:00"))), lit(False)))).createOrReplaceTempView("src")
result = spark.sql("SELECT signum(i) AS k1, (max(coalesce(i, 2)) - min(coalesce(i, 2))) AS a1, datediff(max(dt), min(dt)) AS a2 FROM src GROUP BY signum(i) HAVING count(*) >= 1")
OUTPUT_MODE = "update"
