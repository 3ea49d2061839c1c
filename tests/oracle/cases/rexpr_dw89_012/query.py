from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, n DECIMAL(20,0), i INT, b BOOLEAN, ts TIMESTAMP, s STRING, dt DATE, d DOUBLE, k BIGINT, t STRING, m DECIMAL(18,6)").json(INPUT)
result = df.where("((b <= true) OR (dt IS NULL))").groupBy((F.least(col("i"), lit(2), col("i")) % F.nullif((lit(5) * col("i")), lit(0))).alias("k1"), expr("weekofyear(least(to_date('2024-02-29'), dt, dt)) AS k2")).agg(expr("count_if(isnan(d)) AS a1"), expr("(max(i) - min(i)) AS a2"), expr("min(ts) AS a3"))
OUTPUT_MODE = "complete"
