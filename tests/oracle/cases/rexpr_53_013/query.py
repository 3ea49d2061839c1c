from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(12,4), ts TIMESTAMP, d DOUBLE, i INT, s STRING, dt DATE").json(INPUT)
result = df.where("coalesce(((CAST(NULL AS BOOLEAN) AND (id <= 1L)) > (ts <= TIMESTAMP'2024-03-01 12:30:00.123456')), true)").selectExpr("id", "((least(ts, ts, ts) + INTERVAL '1-2' YEAR TO MONTH) - INTERVAL '1-2' YEAR TO MONTH) AS c1", "(i - i) AS c2", "pmod((5 * id), nullif((i * -1), 0)) AS c3")
OUTPUT_MODE = "append"
