from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(18,6), b BOOLEAN, t STRING, f FLOAT, dt DATE, k BIGINT, s STRING, d DOUBLE, i INT, n DECIMAL(20,0), ts TIMESTAMP").load(INPUT)
result = df.select(expr("CAST(TRY_CAST(t AS DATE) AS TIMESTAMP) AS c1"), F.when((col("m") + col("n")).isNull(), F.when(col("b"), col("ts")).when((col("t") >= lit("o")), col("ts")).when((col("i") <= lit(10)), col("ts")).otherwise(F.to_timestamp(lit("2024-02-29 00:00:00"))).cast("double")).otherwise(col("d")).alias("c2"), expr("pmod(id, nullif(i, 0))").alias("c3"), (col("i") * lit(100000000)).alias("c4"), expr("nullif(timestamp_millis(nvl(CASE WHEN b THEN i WHEN b THEN i WHEN (i = 10) THEN i ELSE i END, 10)), TIMESTAMP'1999-12-31 23:59:59.999') AS c5"))
OUTPUT_MODE = "append"
