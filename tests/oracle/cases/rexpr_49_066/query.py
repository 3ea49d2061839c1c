from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(F.coalesce((F.nullif(col("ts"), F.to_timestamp(lit("1999-12-31 23:59:59.999"))) != col("dt")), lit(True))).select(expr("date_format(ts, 'HH:mm:ss')").alias("c1"), F.when((col("k") >= col("i")), F.to_timestamp(lit("1999-12-31 23:59:59.999"))).when(col("b"), (col("ts") - expr("INTERVAL 36 HOURS"))).when((lit("Hello") <= col("t")), F.to_timestamp(lit("1999-12-31 23:59:59.999"))).otherwise(col("ts")).alias("c2")).where("(false OR (c2 < TIMESTAMP'2024-03-01 12:30:00.123456'))")
OUTPUT_MODE = "append"
