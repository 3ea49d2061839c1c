from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, n DECIMAL(5,3), dt DATE, b BOOLEAN, t STRING, s STRING, ts TIMESTAMP, i INT, m DECIMAL(7,0)").json(INPUT)
result = df.groupBy(expr("(i - i) AS k1")).agg(F.datediff(F.max(col("dt")), F.min(col("dt"))).alias("a1"), expr("count_if(isnan(CAST(m AS DOUBLE))) AS a2"), expr("sum(nvl2(TIMESTAMP'2024-02-29 00:00:00', i, -1)) AS a3"), expr("count_if(b) AS a4")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
