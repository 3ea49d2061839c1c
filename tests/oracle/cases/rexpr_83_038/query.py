from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "((id * -1) >= (m + i)) AS c1", "CASE WHEN (dt = DATE'2024-02-29') THEN s WHEN (dt <= DATE'2023-12-31') THEN t WHEN (k <= 3L) THEN t ELSE t END", "(- d)").filter("((weekday(dt) IS NOT NULL) OR (m IS NOT NULL))")
OUTPUT_MODE = "append"
