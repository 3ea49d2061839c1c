from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.where((~F.coalesce((F.least(col("ts"), F.to_timestamp(lit("2024-02-29 00:00:00")), col("ts")) >= col("dt")), lit(False)))).createOrReplaceTempView("src")
result = spark.sql("SELECT (i - i) AS k1, (max(CASE WHEN ('x-y' RLIKE '^$') THEN 0.001 ELSE m END) - min(CASE WHEN ('x-y' RLIKE '^$') THEN 0.001 ELSE m END)) AS a1, (max(pmod(3, nullif(j, 0))) - min(pmod(3, nullif(j, 0)))) AS a2, bool_or((id != j)) AS a3, bool_or((i IS NOT NULL)) AS a4 FROM src GROUP BY (i - i) ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
