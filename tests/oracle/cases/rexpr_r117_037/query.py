from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.where((col("d") > lit(0.001))).createOrReplaceTempView("src")
result = spark.sql("SELECT DATE'2000-01-01' AS k1, TRY_CAST(get(split(s, '-'), 1) AS BOOLEAN) AS k2, count(m) AS a1, percentile_cont(0.5) WITHIN GROUP (ORDER BY positive(3)) AS a2 FROM src GROUP BY DATE'2000-01-01', TRY_CAST(get(split(s, '-'), 1) AS BOOLEAN) ORDER BY k1, k2")
OUTPUT_MODE = "complete"
ORDERED = True
