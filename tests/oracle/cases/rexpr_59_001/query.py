from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("((m / nullif(m, 0)) - f) AS k1")).agg(expr("count_if((0.5D < (i / nullif(i, 0)))) AS a1"), F.max(F.regexp_replace(F.greatest(col("t"), col("t")), "(a|b)", "<>")).alias("a2"), F.sum(F.when(col("i").isin(lit(1)), F.nvl2((lit(5) + col("i")), F.hour(col("ts")), lit(3))).otherwise(lit(0))).alias("a3"))
OUTPUT_MODE = "complete"
