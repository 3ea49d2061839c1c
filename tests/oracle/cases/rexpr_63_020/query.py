from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, s STRING, m DECIMAL(18,6), j INT, n DECIMAL(20,0), b BOOLEAN, ts TIMESTAMP, i INT, d DOUBLE").json(INPUT)
result = df.select("id", expr("TRY_CAST(TRY_CAST(i AS DECIMAL(6,3)) AS BIGINT)").alias("c1"), (F.greatest(col("m"), col("n")) % expr("7.5")), (col("i") / F.nullif(col("d"), lit(0))).alias("c3"), (lit(float("nan")) / F.nullif((lit(3) * col("i")), lit(0))).alias("c4")).where("((ts <> dt) OR (ts < TIMESTAMP'1999-12-31 23:59:59.999'))")
OUTPUT_MODE = "append"
