from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, d DOUBLE, ts TIMESTAMP, i INT, m DECIMAL(10,2), dt DATE, k BIGINT, t STRING, s STRING").json(INPUT)
result = df.where("(isnull((t IS NOT NULL)) OR (dt IS NULL))").select("id", expr("TRY_CAST(t AS BIGINT)").alias("c1"), expr("nullif(date_trunc('MINUTE', greatest(ts, ts, ts)), TIMESTAMP'2024-02-29 00:00:00') AS c2"), (lit(0) * col("i")).alias("c3"), expr("(i * 3) AS c4"), expr("((coalesce(i, i, 3) + nullif(id, 0L)) DIV nullif(j, 0))").alias("c5"))
OUTPUT_MODE = "append"
