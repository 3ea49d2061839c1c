from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT char_length(replace(t, 'l', 'LL')) AS k1, sum((CASE WHEN (s IS NOT NULL) THEN id END + 1000L)) AS a1, datediff(max(dt), min(dt)) AS a2 FROM src GROUP BY 1")
OUTPUT_MODE = "update"
