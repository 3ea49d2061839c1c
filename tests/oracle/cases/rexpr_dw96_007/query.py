from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, t STRING, n DECIMAL(5,3), s STRING, i INT, m DECIMAL(10,2), dt DATE, f FLOAT, ts TIMESTAMP, b BOOLEAN, k BIGINT, d DOUBLE").load(INPUT)
result = df.where((((col("s") < lit("a")) & (col("s") >= lit(" "))) | col("t").isNotNull())).select("id", ((col("d") - col("i")) * col("f")).alias("c1"), expr("date_add(dt, i)").alias("c2"), expr("unix_timestamp(date_trunc('MINUTE', TRY_CAST(t AS TIMESTAMP))) AS c3"), expr("(ts - INTERVAL '1-2' YEAR TO MONTH) AS c4"), expr("pmod(-3.10, nullif((i - n), 0)) AS c5")).where((col("c1") < lit(100.0)))
OUTPUT_MODE = "append"
