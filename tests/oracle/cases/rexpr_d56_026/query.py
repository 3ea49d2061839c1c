from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("i AS k1")).agg(expr("datediff(max(nullif(dt, to_date('2024-02-29'))), min(nullif(dt, to_date('2024-02-29')))) AS a1"), expr("count(CASE WHEN b THEN (3 + id) WHEN b THEN (1000L + id) WHEN b THEN crc32(t) ELSE 3L END) AS a2"), F.count_if(F.coalesce(col("b"), ((col("d") / F.nullif(col("i"), lit(0))) == F.pmod(col("id"), lit(7))), lit(True))).alias("a3")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
