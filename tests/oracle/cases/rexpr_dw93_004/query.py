from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, j INT, f FLOAT, m DECIMAL(38,10), ts TIMESTAMP, n DECIMAL(5,3), d DOUBLE, t STRING, s STRING, i INT, b BOOLEAN").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (TRY_CAST(n AS BIGINT) IS NOT NULL) AS k1, sum(-1.5D) AS a1, max(next_day(dt, 'Funday')) AS a4, min(CASE WHEN b THEN m WHEN b THEN m WHEN (dt > DATE'2024-02-29') THEN 12.345 END) AS a2, count_if((i BETWEEN 5 AND 10)) AS a3 FROM src GROUP BY k1")
OUTPUT_MODE = "complete"
