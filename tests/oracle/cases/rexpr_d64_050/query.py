from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(18,6), t STRING, j INT, d DOUBLE, ts TIMESTAMP, b BOOLEAN, i INT, s STRING, dt DATE, f FLOAT").json(INPUT)
result = df.where(F.coalesce((~(col("s") > col("t"))), lit(True))).withColumn("dt", expr("CASE WHEN b THEN dt WHEN CASE WHEN b THEN b WHEN CASE WHEN (i <= 2) THEN b ELSE (m <> 100BD) END THEN (j > 10) ELSE (s <=> t) END THEN least(to_date('2023-12-31'), dt) ELSE date_sub(date_add(dt, i), i) END")).withColumn("c2", expr("s")).withColumn("c3", expr("(last_day(dt) + INTERVAL '1-1' YEAR TO MONTH)")).select("id", "c2", "c3")
OUTPUT_MODE = "append"
