from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.date_sub(F.when(col("i").isNotNull(), col("dt")).otherwise(col("dt")), col("i")).alias("k1")).agg(expr("(max((i / nullif(d, 0))) - min((i / nullif(d, 0)))) AS a1"), F.max(F.nvl(col("dt").cast("timestamp"), F.to_timestamp(lit("1999-12-31 23:59:59.999")))).alias("a2"), F.max(F.element_at(F.split(col("s"), " "), 3)).alias("a4"), expr("(max(i) - min(i)) AS a3")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
