from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.date_sub(F.to_date(lit("2000-01-01")), lit(3)).alias("k1"), expr("round((0.5D / nullif(7, 0)), 0) AS k2")).agg(F.count(expr("1.25")).alias("a1"), F.min(col("dt")).alias("a2"), F.round(F.avg(F.when((~F.coalesce(col("b"), lit(False))), col("i")).when(col("n").isNotNull(), col("i")).when(col("ts").eqNullSafe(col("dt")), col("i")).otherwise(F.instr(lit("x-y"), "o"))), 2).alias("a3")).orderBy("k1", "k2")
OUTPUT_MODE = "complete"
ORDERED = True
