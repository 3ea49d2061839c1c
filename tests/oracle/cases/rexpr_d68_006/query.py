from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((((col("id") <= lit(86400).cast("bigint")) & F.isnan(lit(0.1))) | (col("id") <= lit(86400).cast("bigint")))).select((F.timestamp_millis(col("i")) - expr("INTERVAL 1 DAY")).alias("c1"), (col("i") + F.abs(col("i"))).alias("c2"))
OUTPUT_MODE = "append"
