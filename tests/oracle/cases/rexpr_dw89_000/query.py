from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(((F.expr("(i & -1)").cast("int") < col("i")) | col("n").isNull())).groupBy((F.dayofmonth(col("dt")) + F.datediff(col("dt"), F.to_date(lit("2025-03-01")))).alias("k1")).agg(F.count(F.floor(F.when(F.abs(F.round(col("f"), 3)) < lit(1e9), F.round(col("f"), 3)))).alias("a1"), F.count_if(col("s").eqNullSafe(F.format_number(col("id"), 2))).alias("a2"), F.max(col("ts")).alias("a3"))
OUTPUT_MODE = "complete"
