from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("dt", (~(col("id") <= lit(-2).cast("bigint"))).alias("k2")).agg(expr("round(regr_avgy((id / nullif(i, 0)), CASE WHEN b THEN 2 WHEN b THEN i ELSE i END), 6)").alias("a1"), expr("round(avg((m - m)), 2) AS a2"))
OUTPUT_MODE = "complete"
