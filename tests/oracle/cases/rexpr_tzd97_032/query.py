spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(expr("nvl2(TRY_CAST(d AS DECIMAL(10,4)), dt, DATE'2023-12-31')").alias("c1"), (col("ts") - expr("INTERVAL 36 HOURS")).alias("c2"), expr("(TIMESTAMP'2024-02-29 00:00:00' != DATE'2024-02-29') AS c3"), expr("(DATE'2024-02-29' + INTERVAL 1 MONTH) AS c4"), (col("k").isNull() & F.regexp_like(F.rtrim(F.reverse(col("s"))), lit("[0-9]+"))).alias("c5")).where((~F.coalesce((col("b") & (col("m") == lit(99.99).cast("decimal(4,2)"))), lit(False))))
OUTPUT_MODE = "append"
