from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(F.when(col("b"), col("f")).otherwise(col("d")).alias("k1")).agg(expr("(max(pmod(m, nullif(m, 0))) - min(pmod(m, nullif(m, 0)))) AS a1"), expr("count(CASE WHEN ((dt <= to_date('2023-12-31')) OR b) THEN ts WHEN (m IN (-3.10)) THEN ts WHEN b THEN make_timestamp(year(dt), month(dt), dayofmonth(dt), 12, 0, 59.999999) ELSE (TIMESTAMP'2024-02-29 00:00:00' - INTERVAL 1 DAY) END) AS a2"), expr("max(round(d, i)) AS a4"), F.count_if(F.coalesce(col("dt").isNotNull(), lit(False))).alias("a3")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "complete"
