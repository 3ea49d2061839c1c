from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, ts TIMESTAMP, n DECIMAL(5,3), t STRING, dt DATE, s STRING, m DECIMAL(10,2), b BOOLEAN").json(INPUT)
result = df.where((~F.coalesce(col("b"), lit(False)))).selectExpr("id", "('2024-02-29' IS NOT NULL) AS c1", "((date_trunc('DAY', ts) + INTERVAL 1 MONTH) + INTERVAL -3 DAYS) AS c2", "greatest(s, translate(nullif(concat(' ', t, s), '日本'), 'lo', '01'), CAST(CASE WHEN (n <= i) THEN 7 WHEN (t = 'x-y') THEN i ELSE CASE s WHEN '2024-02-29' THEN i ELSE i END END AS STRING)) AS c3", "string((n = id))", "((id * d) - months_between(TIMESTAMP'2024-03-01 12:30:00.123456', DATE'2024-02-29'))")
OUTPUT_MODE = "append"
