from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, b BOOLEAN, i INT, t STRING, f FLOAT, d DOUBLE, j INT, s STRING, m DECIMAL(12,4), dt DATE").load(INPUT)
result = df.withColumn("s", expr("lower(s)")).withColumn("c2", (F.ceil(col("m"), -1) - F.greatest(expr("0.5"), col("m")))).withColumn("ts", expr("CASE WHEN CAST(i AS BOOLEAN) THEN date_trunc('DAY', TRY_CAST(t AS TIMESTAMP)) WHEN b THEN ts ELSE ts END")).withColumn("c4", expr("CASE WHEN b THEN i WHEN (f IS NOT NULL) THEN 7 WHEN (ts IS NOT NULL) THEN j ELSE j END")).withColumn("c5", F.when(expr("((i > 7) = false)"), col("dt")).otherwise(col("dt")))
OUTPUT_MODE = "append"
