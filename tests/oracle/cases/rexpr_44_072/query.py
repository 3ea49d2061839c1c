from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, dt DATE, d DOUBLE, ts TIMESTAMP, n DECIMAL(5,3), k BIGINT, i INT, t STRING, b BOOLEAN, m DECIMAL(10,2)").json(INPUT)
result = df.withColumn("c1", (col("ts") + expr("INTERVAL '1-2' YEAR TO MONTH")).cast("date")).withColumn("c2", F.bround((col("d") + col("id")), 1)).withColumn("c3", expr("CASE WHEN TRY_CAST(t AS BOOLEAN) THEN i WHEN (dt <= to_date('2025-03-01')) THEN octet_length(t) WHEN b THEN i ELSE least(1, i, 100) END")).drop("s", "dt", "k", "i", "b").where((~F.coalesce((lit(1) >= col("c3")), lit(False))))
OUTPUT_MODE = "append"
