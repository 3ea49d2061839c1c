from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(s < '42')").select("id", "i", expr("(CASE WHEN (id > -2L) THEN TIMESTAMP'2024-02-29 00:00:00' ELSE ts END - INTERVAL -3 DAYS)"), expr("(2 - (i * 5)) AS c2"), F.when((col("t") > lit("2024-02-29")), col("ts")).when((col("ts") != F.to_timestamp(lit("2024-03-01 12:30:00.123456"))), F.to_timestamp(lit("2024-02-29 00:00:00"))).otherwise(col("ts")))
OUTPUT_MODE = "append"
