from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("((n IS NOT NULL) OR (ts IS NULL))").groupBy(expr("(i * 1) AS k1"), F.left(col("s"), lit(2)).alias("k2")).agg(expr("sum(CASE WHEN (dt > DATE'2024-02-29') THEN i ELSE 0 END) AS a1"), expr("max(CAST(ts AS DATE)) AS a2"), expr("sum(i) AS a3"), expr("sum((id * d)) AS a4")).filter("a1 IS NOT NULL").orderBy("k1", "k2")
OUTPUT_MODE = "complete"
ORDERED = True
