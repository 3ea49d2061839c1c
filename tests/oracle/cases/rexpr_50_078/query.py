from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("i", expr("(d IN (3.75D, 0.1D)) AS k2")).agg(expr("round(avg(bround(bround((m * m), 0), 1)), 3) AS a1"), (F.max(col("d")) - F.min(col("d"))).alias("a2"))
OUTPUT_MODE = "update"
