from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, t STRING, i INT, ts TIMESTAMP, dt DATE, d DOUBLE, j INT, s STRING, b BOOLEAN, f FLOAT, m DECIMAL(10,2)").json(INPUT)
result = df.select("id", (F.bround(col("f"), 1) - (col("id") / F.nullif(col("f"), lit(0)))).alias("c1"), F.concat(F.concat_ws("-", lit(-4).cast("string"), col("s")), col("f").cast("string")), expr("nullif(dt, DATE'2024-02-29')").alias("c3"), expr("CASE WHEN (ts > TIMESTAMP'2024-03-01 12:30:00.123456') THEN ts ELSE ts END").alias("c4"), col("ts").cast("bigint").alias("c5"))
OUTPUT_MODE = "append"
