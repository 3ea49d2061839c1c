from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "t", "CAST(datediff(DATE'2024-02-29', dt) AS DECIMAL(20,0)) AS c1", "(CASE WHEN b THEN m WHEN b THEN m WHEN (ts <= TIMESTAMP'1999-12-31 23:59:59.999') THEN m END * (m / nullif(i, 0))) AS c2", "add_months(try_to_date('o'), i)")
OUTPUT_MODE = "append"
