from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("CASE WHEN (id IS NOT NULL) THEN d WHEN b THEN log(10, d) ELSE signum(m) END AS k1")).agg(F.sum(F.when(F.isnan(col("d")), F.size(F.split(F.translate(col("s"), "lo", "01"), "  *"))).otherwise(lit(0))).alias("a1"), F.sum(F.when(F.instr(col("s"), "é").isNull(), F.locate("o", col("s"), 1)).otherwise(lit(0))).alias("a2"), F.max((col("id") % col("i"))).alias("a4"), (F.max(F.least(col("d"), col("d"))) - F.min(F.least(col("d"), col("d")))).alias("a3"))
OUTPUT_MODE = "complete"
