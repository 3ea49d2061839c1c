from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("CASE WHEN (k >= 1000L) THEN (d IS NOT NULL) ELSE (m IS NOT NULL) END", "CASE WHEN (n <> -3.10) THEN next_day(dt, 'fri') ELSE dt END", "(i % 10) AS c3").where("(CASE c3 WHEN 1 THEN (c3 >= -1) ELSE (c3 > 2) END OR (c3 IS NULL))")
OUTPUT_MODE = "append"
