from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("length(md5(s)) AS k1")).agg(F.round(F.avg(F.nullif(F.round(lit(12.345).cast("decimal(5,3)"), 2), lit(12.345).cast("decimal(5,3)"))), 0).alias("a1"), (F.max(col("m")) - F.min(col("m"))).alias("a2"), expr("min(if((s IS NOT NULL), to_date('2024-02-29'), dt)) AS a3"), (F.max(col("m")) - F.min(col("m"))).alias("a4"))
OUTPUT_MODE = "complete"
