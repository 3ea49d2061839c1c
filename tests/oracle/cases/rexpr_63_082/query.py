from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("j AS k1"), expr("add_months(dt, -1) AS k2")).agg(expr("bool_or((j = i)) AS a1"), F.count_if(F.nvl2(F.when(col("m").isNotNull(), col("s")).otherwise(col("s")), F.unix_timestamp(col("dt")), lit(86400).cast("bigint")).isNull()).alias("a2"), F.round(F.avg(lit(100.0)), 2).alias("a3"))
OUTPUT_MODE = "update"
