from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.date_add(F.date_add(F.to_date(lit("2025-03-01")), col("i")), lit(1)).alias("k1")).agg(F.sort_array(F.collect_set(F.concat_ws("-", F.lpad(col("s"), 3, "*"), lit("x-y"), col("s")))).alias("a1"), expr("sum(CASE WHEN (d IS NULL) THEN (i + i) ELSE 0 END) AS a2"), F.count(col("ts")).alias("a3")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
