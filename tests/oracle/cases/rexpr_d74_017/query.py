from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(18,6), s STRING, i INT, k BIGINT, ts TIMESTAMP, d DOUBLE, dt DATE, n DECIMAL(4,1), b BOOLEAN").load(INPUT)
result = df.groupBy(expr("TRY_CAST(s AS BOOLEAN) AS k1")).agg(expr("max(n) AS a1"), F.count_if((col("ts") != col("dt"))).alias("a2"), F.count(col("id")).alias("a3"))
OUTPUT_MODE = "complete"
