from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("((CASE WHEN b THEN d WHEN b THEN d END <= ifnull(k, 3L)) OR (i IS NOT NULL))").groupBy(F.make_date(lit(2023), lit(2), lit(28)).alias("k1"), (col("i") + (col("i") * lit(0))).alias("k2")).agg(expr("(max(m) - min(m)) AS a1"), F.min(col("dt")).alias("a2"), F.bool_and(col("d").isNotNull()).alias("a3"))
OUTPUT_MODE = "update"
