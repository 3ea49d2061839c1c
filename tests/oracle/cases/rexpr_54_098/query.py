from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, n DECIMAL(9,5), s STRING, ts TIMESTAMP, m DECIMAL(10,2), t STRING, j INT, d DOUBLE, b BOOLEAN, k BIGINT, i INT, dt DATE").load(INPUT)
result = df.filter(col("ts").isNotNull()).groupBy("j", expr("sign(n) AS k2")).agg(F.sum(F.when(col("i").isNotNull(), col("n")).otherwise(col("m"))).alias("a1"), expr("sum(CASE WHEN (k < 0L) THEN month(dt) ELSE 0 END) AS a2"))
OUTPUT_MODE = "complete"
