from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, ts TIMESTAMP, m DECIMAL(10,2), i INT, dt DATE, t STRING, d DOUBLE, k BIGINT").load(INPUT)
result = df.groupBy(expr("s AS k1")).agg(expr("(max((m * 0.001)) - min((m * 0.001))) AS a1"), expr("count((id / nullif(i, 0))) AS a2"))
OUTPUT_MODE = "update"
