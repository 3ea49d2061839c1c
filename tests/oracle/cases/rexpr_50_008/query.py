from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((col("s").ilike("H%") | (col("t") == lit("")))).selectExpr("id", "k", "least(ts, ts, ts) AS c1", "try_to_timestamp(t) AS c2", "(TRY_CAST(t AS TIMESTAMP) + INTERVAL 1 MONTH) AS c3", "(ts + INTERVAL 36 HOURS)")
OUTPUT_MODE = "append"
