from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select(F.octet_length(F.least(lit(1000).cast("bigint").cast("string"), col("t"))).alias("c1"), col("t").try_cast("int").alias("c2"), expr("last_day(next_day(CAST(ts AS DATE), 'Mon')) AS c3"), expr("CASE WHEN TRY_CAST(s AS BOOLEAN) THEN d ELSE (id / 7.0D) END AS c4"), F.months_between(F.when(col("b"), col("ts")).when(col("b"), col("ts")).otherwise(F.to_timestamp(lit("2024-02-29 00:00:00"))), F.date_trunc("yyyy", col("ts"))))
OUTPUT_MODE = "append"
