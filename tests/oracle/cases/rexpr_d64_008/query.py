from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT s, (max(abs(3)) - min(abs(3))) AS a1, (max(pow(i, 2)) - min(pow(i, 2))) AS a2, sum(CASE WHEN (100.0D != 0) THEN least(aggregate(split('2024-02-29', ' '), 0, (acc, x) -> acc + length(x)), i, 3) ELSE 0 END) AS a3 FROM src GROUP BY s")
OUTPUT_MODE = "update"
