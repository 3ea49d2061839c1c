from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, s STRING, f FLOAT, b BOOLEAN, k BIGINT, ts TIMESTAMP, i INT, n DECIMAL(20,0), d DOUBLE, t STRING, m DECIMAL(12,4), dt DATE").json(INPUT)
result = df.filter("((b OR (f <= -1.5D)) OR (f IS NOT NULL))").groupBy(expr("(dt - INTERVAL '1-1' YEAR TO MONTH) AS k1")).agg(expr("datediff(max(dt), min(dt)) AS a1"), F.sort_array(F.collect_set(F.coalesce(col("t"), lit("é")))).alias("a2"), F.bool_and(col("b")).alias("a3"), expr("(max((pmod(5, -4) + pmod(i, nullif(i, 0)))) - min((pmod(5, -4) + pmod(i, nullif(i, 0))))) AS a4"))
OUTPUT_MODE = "complete"
