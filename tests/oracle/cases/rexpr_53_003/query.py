from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, i INT, m DECIMAL(10,2), t STRING, k BIGINT, ts TIMESTAMP, d DOUBLE, dt DATE").load(INPUT)
result = df.groupBy(F.format_string("%.2f / %s", col("d"), col("t")).alias("k1"), "t").agg(expr("count_if(((NOT nvl((i < 5), false)) IS NOT NULL)) AS a1"), (F.max((-col("i")).cast("decimal(12,2)")) - F.min((-col("i")).cast("decimal(12,2)"))).alias("a2"), expr("count_if((k < (d / 7))) AS a3"), F.round(F.avg((col("m") * col("i"))), 3).alias("a4")).orderBy(col("a1").desc(), col("k1").asc_nulls_last(), col("t").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
