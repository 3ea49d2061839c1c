from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "ts", expr("(abs(nullif(m, 100BD)) * CASE WHEN (t IS NOT NULL) THEN i WHEN (j <> 1) THEN i ELSE 5 END)").alias("c1"), F.sign(F.coalesce(col("j"), expr("CASE t WHEN 'a' THEN 12 WHEN 'x-y' THEN i ELSE 5 END"), lit(12))).alias("c2"), (lit(0.001) / F.nullif(F.abs(col("i")), lit(0))), F.when(lit(False), col("s")).otherwise(col("t")))
OUTPUT_MODE = "append"
