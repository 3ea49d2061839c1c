from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("char_length(md5('é')) AS k1")).agg(F.min((col("i") + F.octet_length(col("s")))).alias("a1"), expr("(max(f) - min(f)) AS a2"), F.sum(lit(3)).alias("a3"), F.count_if((F.to_timestamp(lit("2024-02-29 00:00:00")) >= (col("ts") - expr("INTERVAL 36 HOURS")))).alias("a4"))
OUTPUT_MODE = "complete"
