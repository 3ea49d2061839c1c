from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("nullif(greatest(TIMESTAMP'2024-02-29 00:00:00', ts, ts), TIMESTAMP'2024-03-01 12:30:00.123456') AS c1"), expr("CAST(i AS TIMESTAMP)").alias("c2"), (F.to_timestamp(F.date_format(F.nvl(col("ts"), F.to_timestamp(lit("1999-12-31 23:59:59.999"))), "dd.MM.yyyy HH:mm:ss.SSSSSS"), "dd.MM.yyyy HH:mm:ss.SSSSSS") + expr("INTERVAL -3 DAYS")).alias("c3"), (col("j").isNotNull() & col("b")).alias("c4"))
OUTPUT_MODE = "append"
