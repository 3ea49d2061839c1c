from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((F.isnan(F.pow(F.sqrt(col("m")), 2.0)) | col("ts").isNull())).select("id", F.when(col("m").isNotNull(), col("dt")), expr("(m + (n - n)) AS c2"), expr("(length(concat_ws('-', t, ' ', t)) - (1000L / nullif(d, 0)))").alias("c3"), expr("CASE WHEN coalesce((j < 5), (t < '2024-02-29'), false) THEN (i + d) ELSE CAST(ts AS DOUBLE) END AS c4")).where("(ts IS NOT NULL)")
OUTPUT_MODE = "append"
