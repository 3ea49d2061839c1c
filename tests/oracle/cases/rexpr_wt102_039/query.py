from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("(0 + i) AS k1"), F.when((col("ts") == F.to_timestamp(lit("2024-02-29 00:00:00"))), col("i")).when(col("i").isNotNull(), col("j")).alias("k2")).agg(expr("(max((n - i)) - min((n - i))) AS a1"), expr("count_if((n != m)) AS a2"))
OUTPUT_MODE = "complete"
