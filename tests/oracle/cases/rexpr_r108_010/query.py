from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, ts TIMESTAMP, m DECIMAL(7,0), d DOUBLE, t STRING, s STRING, dt DATE").json(INPUT)
result = df.where("coalesce(nvl((t > '2024-02-29'), true), true)").groupBy(lit(5).alias("k1"), (col("i") < lit(5)).alias("k2")).agg(F.count_if((col("ts") >= F.to_timestamp(lit("2024-02-29 00:00:00")))).alias("a1"), expr("max(CAST(t AS INT)) AS a3"), expr("round(regr_sxy(least(i, i), i), 6)").alias("a2"))
OUTPUT_MODE = "update"
