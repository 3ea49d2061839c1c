from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(F.rpad(col("s"), 6, " ").alias("c1"), F.date_trunc("HOUR", F.to_timestamp(F.date_format((F.when((~col("b")), col("ts")).otherwise(col("ts")) + expr("INTERVAL -3 DAYS")), "dd.MM.yyyy HH:mm:ss.SSSSSS"), "dd.MM.yyyy HH:mm:ss.SSSSSS")).alias("c2"), expr("(TRY_CAST(pmod(i, nullif(hour(ts), 0)) AS DECIMAL(6,3)) * 0.5)").alias("c3"))
OUTPUT_MODE = "append"
