from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, j INT, dt DATE, ts TIMESTAMP, n DECIMAL(5,3), t STRING, b BOOLEAN, d DOUBLE, m DECIMAL(18,6), i INT").json(INPUT)
result = df.select(F.sentences(F.when(col("b"), col("t")).otherwise(lit("2024-02-29"))).alias("c1"), F.unix_timestamp((col("ts") - expr("INTERVAL 36 HOURS"))), F.collation(F.printf(lit('%5.2f|%-6s|'), expr("map_values(map('x', e() * i))[0]"), col("s"))).alias("c3"), F.unix_seconds(expr("timestamp_add('HOUR', nullif(-1, 5), (TIMESTAMP'2024-03-01 12:30:00.123456' - INTERVAL 36 HOURS))")).alias("c4")).where("(TRY_CAST(s AS BOOLEAN) OR (j <> 1))")
OUTPUT_MODE = "append"
