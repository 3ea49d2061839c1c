from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((F.regexp_like(col("s"), lit("[aeiou]{2}")) | (col("id") != lit(3).cast("bigint")))).select((F.bround(F.when((col("ts") > F.to_timestamp(lit("2024-02-29 00:00:00"))), col("m")).when((col("m") >= lit(100).cast("decimal(3,0)")), col("m")).when((col("s") >= lit("Hello")), col("n")).otherwise(col("n")), 0) >= (col("n") + col("n"))).alias("c1"), expr("rpad(format_string('[%5s|%-4d]', s, (CASE WHEN (id <> -2L) THEN id WHEN (id = 1000L) THEN id WHEN (dt IS NOT NULL) THEN id ELSE id END % nullif(i, 0))), 6, ' ') AS c2"), expr("(i - nullif(octet_length(s), 2)) AS c3"), expr("CAST(i AS BIGINT)"), expr("least(DATE'2025-03-01', dt)").alias("c5"))
OUTPUT_MODE = "append"
