from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, i INT, n DECIMAL(9,5), s STRING, ts TIMESTAMP, m DECIMAL(10,2), b BOOLEAN, dt DATE, d DOUBLE").json(INPUT)
result = df.select("id", expr("nullif(date_trunc('WEEK', nvl2(floor(CASE WHEN abs(round(d, 3)) < 1e9D THEN round(d, 3) END), if(b, ts, ts), TIMESTAMP'2024-02-29 00:00:00')), TIMESTAMP'2024-02-29 00:00:00') AS c1"), F.when(col("b"), col("s")).when(F.abs(F.round(col("n"))).isNotNull(), col("s")).when((col("j") < lit(5)), col("s")).otherwise(lit(" ")).alias("c2"), expr("greatest(date_trunc('DAY', (ts - INTERVAL -3 DAYS)), ts, date_trunc('QUARTER', (ts + INTERVAL '1-2' YEAR TO MONTH)))").alias("c3"))
OUTPUT_MODE = "append"
