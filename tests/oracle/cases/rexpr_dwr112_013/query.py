from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, ts TIMESTAMP, k BIGINT, dt DATE, s STRING, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), t STRING, f FLOAT").load(INPUT)
result = df.groupBy(F.when((col("dt") <= F.to_date(lit("2025-03-01"))), col("dt")).when((col("f") <= lit(-1.5)), col("dt")).when((col("i") < lit(5)), col("dt")).otherwise(col("dt")).alias("k1"), expr("(s COLLATE UTF8_BINARY = 'Hello World') AS k2")).agg(expr("min(to_char(i, 'S9999')) AS a1"), expr("median(length(CAST(unbase64(base64(s)) AS STRING))) AS a2")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
