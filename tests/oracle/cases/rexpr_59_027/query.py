from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(((col("ts") < F.to_timestamp(lit("2024-02-29 00:00:00"))) | (col("i") > lit(5)))).select("id", expr("(round(if((dt <= to_date('2024-02-29')), m, 12.345), 0) < hash((j IS NOT NULL), CAST(ts AS DATE))) AS c1"), F.abs(col("j")).alias("c2"), F.when((col("ts") > F.to_timestamp(lit("1999-12-31 23:59:59.999"))), col("id")).otherwise(F.crc32(col("s"))).isNull().alias("c3"), F.nvl((col("id") % lit(2)), lit(1).cast("bigint")).alias("c4"))
OUTPUT_MODE = "append"
