from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT d AS k1, (max(round(coalesce(m, CAST(NULL AS DECIMAL(10,2))))) - min(round(coalesce(m, CAST(NULL AS DECIMAL(10,2)))))) AS a1, sum(CASE WHEN (12.345 IS NULL) THEN m ELSE 0 END) AS a2, max((i * 100000000)) AS a4, max(greatest(ts, ts)) AS a3 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
