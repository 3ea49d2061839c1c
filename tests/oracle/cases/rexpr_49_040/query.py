from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, n DECIMAL(9,5), f FLOAT, m DECIMAL(10,2), d DOUBLE, dt DATE, ts TIMESTAMP, i INT, b BOOLEAN, s STRING").json(INPUT)
result = df.groupBy(expr("i AS k1")).agg((F.max(col("i")) - F.min(col("i"))).alias("a1"), expr("min(dt) AS a2")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
