from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("m").isNull() | col("k").isNull())).groupBy(F.nullif((col("i") - col("i")), lit(1)).alias("k1"), F.to_date(col("ts")).alias("k2")).agg(F.max(col("id")).alias("a1"), expr("sum(n) AS a2"), expr("round(avg((0 * i)), 2) AS a3")).filter("a1 IS NOT NULL").orderBy("k1", "k2")
OUTPUT_MODE = "complete"
ORDERED = True
