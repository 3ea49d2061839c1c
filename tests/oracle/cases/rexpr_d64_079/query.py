from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("m").eqNullSafe(col("k")) | col("b"))).groupBy(expr("(dt - INTERVAL 1 DAY) AS k1")).agg(expr("max(sqrt(dt)) AS a4"), expr("bool_and(forall(split(s, ' '), x -> x = 'Hello')) AS a1"), F.datediff(F.max(F.to_date(lit("2023-12-31"))), F.min(F.to_date(lit("2023-12-31")))).alias("a2"), expr("sum(CASE WHEN exists(split(s, ' '), x -> x = '') THEN m ELSE 0 END) AS a3"))
OUTPUT_MODE = "update"
