from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("coalesce((id <> d), true)").groupBy(expr("CASE WHEN (i IS NULL) THEN d WHEN (k < 1000L) THEN nullif(d, -1.5D) WHEN ((j <> 10) IS NULL) THEN sqrt(2) ELSE 100.0D END AS k1")).agg(expr("(max(CASE WHEN b THEN m END) - min(CASE WHEN b THEN m END)) AS a1"), expr("count_if((m != 99.99)) AS a2"), F.count(F.right(col("s"), lit(2))).alias("a3"))
OUTPUT_MODE = "update"
