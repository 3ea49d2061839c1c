from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("dt").agg((F.max(lit(-1.5)) - F.min(lit(-1.5))).alias("a1"), expr("avg(id) AS a2")).orderBy("dt")
OUTPUT_MODE = "complete"
ORDERED = True
