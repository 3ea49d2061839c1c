from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(F.least(col("dt"), F.to_date(lit("2024-02-29"))).alias("k1")).agg(expr("(max(least(coalesce(m, 12.345), greatest(m, m, m), m)) - min(least(coalesce(m, 12.345), greatest(m, m, m), m))) AS a1"), (F.max(expr("0.5")) - F.min(expr("0.5"))).alias("a2"))
OUTPUT_MODE = "update"
