from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.when(col("b"), col("i")).when(col("b"), col("i")).when(col("b"), col("j")).alias("k1"), F.when((col("id") < lit(-2).cast("bigint")), lit(7)).when(col("b"), lit(1)).otherwise(col("j")).alias("k2")).agg(expr("sum(CASE WHEN isnull(dt) THEN 5 ELSE 0 END) AS a1"), F.count(col("d").isNotNull()).alias("a2"), expr("round(avg(least(n, (m / nullif(m, 0)), (m / nullif(n, 0)))), 2) AS a3"), expr("max((m / i)) AS a5"), expr("(max((i - i)) - min((i - i))) AS a4"))
OUTPUT_MODE = "complete"
