from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", col("f").try_cast("bigint").alias("c1"), expr("CAST(ts AS BIGINT)"), F.timestamp_seconds((-col("i"))), (col("i") - (lit(3).cast("bigint") + col("id"))).alias("c4"), expr("CASE WHEN nvl2(n, (ts IS NOT NULL), true) THEN repeat(s, -1) ELSE s END")).where("(m IS NOT NULL)")
OUTPUT_MODE = "append"
