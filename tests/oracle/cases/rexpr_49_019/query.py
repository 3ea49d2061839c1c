from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("((t IS NOT NULL) AND (NOT b)) AS k1")).agg(expr("max(i) AS a1"), expr("round(avg(((m * d) * 2.0D)), 2) AS a2"), expr("round(avg(((m / 3) / nullif(0.5, 0))), 2) AS a3"), (F.max(col("d")) - F.min(col("d"))).alias("a4")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
