from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (false AND (m IS NOT NULL)) AS k1, bool_or((DATE'2024-02-29' IS NULL)) AS a1, (max(d) - min(d)) AS a2, sum(CASE WHEN (t RLIKE '^\\\\s') THEN i ELSE 0 END) AS a3 FROM src GROUP BY (false AND (m IS NOT NULL)) HAVING count(*) >= 1")
OUTPUT_MODE = "update"
