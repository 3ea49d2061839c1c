from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.add_months(F.trunc(col("dt"), "mon"), col("i")).alias("k1"), F.year(F.greatest(col("ts"), F.to_timestamp(lit("1999-12-31 23:59:59.999")), col("ts"))).alias("k2")).agg(expr("(max(i) - min(i)) AS a1"), F.sum(F.when((F.to_date(lit("2025-03-01")) >= col("dt")), col("i")).otherwise(lit(0))).alias("a2"), expr("count_if(contains(t, 'é')) AS a3")).orderBy("k1", "k2")
OUTPUT_MODE = "complete"
ORDERED = True
