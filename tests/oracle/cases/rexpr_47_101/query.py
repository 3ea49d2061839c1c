from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, b BOOLEAN, ts TIMESTAMP, i INT, n DECIMAL(9,5), m DECIMAL(12,4), j INT, dt DATE, d DOUBLE, t STRING, s STRING").json(INPUT)
result = df.groupBy(expr("coalesce(dt, to_date('2024-02-29'), CAST(NULL AS DATE)) AS k1")).agg(expr("(max(n) - min(n)) AS a1"), expr("sum(CASE WHEN (i = j) THEN 1 ELSE 0 END) AS a2"), (F.max((col("i") % F.nullif(F.datediff(col("ts"), col("dt")), lit(0)))) - F.min((col("i") % F.nullif(F.datediff(col("ts"), col("dt")), lit(0))))).alias("a3"), expr("round(avg(i), 3) AS a4")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
