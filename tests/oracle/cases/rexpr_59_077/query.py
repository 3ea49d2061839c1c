from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "(CASE WHEN CASE WHEN (ts >= TIMESTAMP'2024-03-01 12:30:00.123456') THEN b WHEN (t = 'abc') THEN b ELSE b END THEN CASE WHEN b THEN k WHEN (dt IS NOT NULL) THEN k WHEN b THEN id ELSE id END ELSE id END = i) AS c1", "(m * (3 * i)) AS c2").where((col("t") > lit("o")))
OUTPUT_MODE = "append"
