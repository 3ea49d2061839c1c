from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("((CASE WHEN (ts IS NOT NULL) THEN d WHEN b THEN d WHEN b THEN d END / nullif(i, 0)) IS NOT NULL)")).withColumn("c2", (F.bround(F.round(col("m")), 0) + col("n"))).withColumn("c3", expr("(nullif(i, 10) + i)")).withColumn("c4", expr("dateadd(date_sub(date_sub(CASE WHEN b THEN to_date('2024-02-29') WHEN b THEN dt WHEN (t <= 'x-y') THEN dt ELSE dt END, i), i), (i - -1))")).withColumn("i", expr("length(s)")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
