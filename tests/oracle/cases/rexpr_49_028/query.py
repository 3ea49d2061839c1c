from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("CASE WHEN (coalesce((-1 + i), -4, 1) BETWEEN 2 AND 0) THEN pmod(m, 3.5) WHEN b THEN n WHEN if((NOT (t IS NOT NULL)), b, (2 BETWEEN 10 AND 5)) THEN TRY_CAST(id AS DECIMAL(38,18)) ELSE bround(CASE WHEN b THEN n WHEN b THEN m WHEN b THEN m ELSE m END, 0) END")).withColumn("c2", expr("CASE WHEN (b != (i >= 5)) THEN id ELSE CASE WHEN b THEN pmod(id, nullif(i, 0)) WHEN b THEN k WHEN b THEN id ELSE 3L END END")).withColumn("c3", ((col("k") <= lit(1000).cast("bigint")) & (~F.coalesce(col("b"), lit(False))))).withColumn("c4", expr("datediff(dt, ts)")).withColumn("c5", expr("timestamp_seconds(CASE WHEN (f = 0.1D) THEN pmod(i, nullif(i, 0)) WHEN (d < 0.5D) THEN i ELSE 10 END)"))
OUTPUT_MODE = "append"
