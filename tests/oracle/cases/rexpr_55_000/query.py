from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "m", "(3 * i) AS c1", "CAST(date_sub(to_date('2025-03-01'), i) AS TIMESTAMP) AS c2", "(m / nullif(i, 0))", "trim(t) AS c4", "((NOT nvl(((d >= -1.5D) AND b), true)) AND b) AS c5")
OUTPUT_MODE = "append"
