from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "CASE WHEN b THEN k WHEN b THEN id WHEN b THEN id ELSE id END AS c1", "(b AND b) AS c2", "concat_ws('-', string(k), CAST(m AS STRING), s) AS c3", "(CASE WHEN b THEN -3.10 WHEN b THEN m WHEN (m = -3.10) THEN 100BD ELSE m END + 99.99) AS c4", "last_day(to_date('2024-02-29'))")
OUTPUT_MODE = "append"
