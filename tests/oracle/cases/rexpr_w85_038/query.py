from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(endswith(CAST(12 AS STRING), 'a') OR (m = 99.99))").selectExpr("id", "CASE WHEN (t IS NOT NULL) THEN (ts <> TIMESTAMP'2024-03-01 12:30:00.123456') WHEN ('Hello' <> s) THEN (try_to_date(t) IS NOT NULL) END AS c1", "(id DIV nullif(j, 0)) AS c2", "(i AND b) AS c3")
OUTPUT_MODE = "append"
