from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, k BIGINT, ts TIMESTAMP, i INT, dt DATE, d DOUBLE, m DECIMAL(10,2), t STRING").json(INPUT)
result = df.groupBy(expr("(12.345 > i) AS k1")).agg(expr("count((ts - INTERVAL 36 HOURS)) AS a1"), F.count_if(F.when(lit(False), col("i")).when(col("t").endswith("a"), col("i")).when(F.isnan(lit(100.0)), col("i")).otherwise(col("i")).isin(lit(1), lit(3))).alias("a2"), F.count_if((F.when((col("id") == lit(3).cast("bigint")), col("i")).when((col("t") <= lit(" ")), col("i")).when((col("ts") >= F.to_timestamp(lit("2024-03-01 12:30:00.123456"))), col("i")).otherwise(col("i")) < lit(3.75))).alias("a3")).filter("a1 IS NOT NULL").orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
