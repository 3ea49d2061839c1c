from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("dt AS k1")).agg(F.count_if((~(col("m") >= lit(100).cast("decimal(3,0)")))).alias("a1"), F.max(F.nullif(col("ts"), F.to_timestamp(lit("1999-12-31 23:59:59.999")))).alias("a2"))
OUTPUT_MODE = "complete"
