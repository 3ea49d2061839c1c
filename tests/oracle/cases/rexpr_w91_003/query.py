from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(F.nullif(col("i"), lit(10)).alias("k1")).agg(expr("max(dateadd(dt, i)) AS a1"), expr("round(avg(round((m + least(-3.10, n)), 3)), 2) AS a2")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
