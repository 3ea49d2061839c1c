from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, t STRING, i INT, j INT, f FLOAT, b BOOLEAN, ts TIMESTAMP, dt DATE, s STRING, m DECIMAL(18,6)").json(INPUT)
result = df.groupBy(expr("dt AS k1")).agg(expr("datediff(max(trunc(add_months(to_date('2023-12-31'), i), 'Q')), min(trunc(add_months(to_date('2023-12-31'), i), 'Q'))) AS a1"), F.sum(F.when(F.array_contains(F.split(col("s"), ","), "a"), col("i")).otherwise(lit(0))).alias("a2"), expr("sum(id) AS a3"), F.min(F.bround(F.months_between(F.date_sub(col("dt"), col("i")), F.add_months(col("dt"), col("i")), False), 0)).alias("a4"))
OUTPUT_MODE = "complete"
