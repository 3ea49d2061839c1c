from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT 2.0D AS k1, max(i) AS a1, (max(5) - min(5)) AS a2, count_if((regexp_like(' ', '^[A-Z]') = b)) AS a3, max(TIMESTAMP'2024-02-29 00:00:00') AS a4 FROM src GROUP BY 2.0D ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
