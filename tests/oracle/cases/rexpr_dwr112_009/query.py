from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("i").agg(expr("round(regr_sxy(i, i), 6)").alias("a1"), expr("median(coalesce(least(m, n, n), 12.345)) AS a2"), expr("round(regr_avgy(round(bround(d, 0), 1), i), 6) AS a3")).orderBy(col("a1").desc(), col("i").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
