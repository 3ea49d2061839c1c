from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(col("b").alias("k1")).agg(expr("round(avg(m), 3) AS a1"), F.datediff(F.max(col("dt")), F.min(col("dt"))).alias("a2"))
OUTPUT_MODE = "complete"
