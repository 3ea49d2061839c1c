from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("CASE WHEN (n < 99.99) THEN -1 END AS k1")).agg(expr("count_if(CAST(CASE WHEN (n IS NOT NULL) THEN id ELSE id END AS BOOLEAN)) AS a1"), F.min(col("d")).alias("a2"))
OUTPUT_MODE = "complete"
