from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("s AS k1")).agg(F.min(lit(0.1)).alias("a1"), expr("round(avg((i * 0)), 0) AS a2"), (F.max(col("m")) - F.min(col("m"))).alias("a3"), F.max((F.nullif(F.bround(col("d"), 0), lit(0.1)) / F.nullif(col("d"), lit(0)))).alias("a4")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "complete"
