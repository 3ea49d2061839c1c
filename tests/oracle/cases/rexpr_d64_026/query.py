from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy((-F.when((~col("b")), col("d")).when(col("b"), col("d")).otherwise(col("d"))).alias("k1")).agg(F.datediff(F.max(F.add_months(F.add_months(col("dt"), col("i")), lit(0))), F.min(F.add_months(F.add_months(col("dt"), col("i")), lit(0)))).alias("a1"), expr("count_if((NOT b)) AS a2"), expr("max((5 * weekday(to_date('2025-03-01')))) AS a3"), expr("count((CASE WHEN (NOT b) THEN ts WHEN b THEN ts ELSE ts END + INTERVAL 1 MONTH)) AS a4"), expr("max(sqrt(dt)) AS a5")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
