from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(col("m").isNotNull()).withColumn("c1", expr("CASE WHEN (d > 2.0D) THEN months_between(ts, ts, false) WHEN (j = 5) THEN (d / nullif(1, 0)) WHEN contains(s, 'a') THEN nullif(d, 2.0D) END")).withColumn("c2", (-col("j"))).withColumn("c3", F.trunc(col("dt"), "yy")).withColumn("c4", expr("nullif(nullif(12.345, 0.5), 0.001)")).withColumn("s", expr("CASE WHEN coalesce((c4 IS NOT NULL), (d IS NOT NULL), false) THEN t WHEN (dt IS NULL) THEN CASE WHEN (d = 0.001D) THEN 'x-y' WHEN (t = 'o') THEN t ELSE t END ELSE s END"))
OUTPUT_MODE = "append"
