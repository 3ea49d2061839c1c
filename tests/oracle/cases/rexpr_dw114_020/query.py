from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("coalesce((k = 1000L), false) AS k1")).agg(F.avg(F.cbrt(col("d"))).alias("a1"), F.min(col("dt")).alias("a2"), (F.max(F.nullif(col("f"), lit(0.5))) - F.min(F.nullif(col("f"), lit(0.5)))).alias("a3"))
OUTPUT_MODE = "complete"
