from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(id IS NOT NULL)").withColumn("c1", expr("date_trunc('MINUTE', ts)")).withColumn("c2", expr("CASE WHEN (j IN (3, 10, 10)) THEN TRY_CAST(t AS DOUBLE) ELSE d END")).withColumn("n", (col("m") - col("n"))).withColumn("c4", expr("coalesce((c1 >= TIMESTAMP'1999-12-31 23:59:59.999'), (t <> 'abc'), true)"))
OUTPUT_MODE = "append"
