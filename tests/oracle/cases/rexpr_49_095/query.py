from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "n", "((CASE WHEN CASE WHEN (d >= 3.75D) THEN (n >= 0.001) WHEN (n > 12.345) THEN b WHEN b THEN b ELSE b END THEN id WHEN b THEN id WHEN nvl2(dt, b, false) THEN CASE WHEN b THEN id END ELSE (id % nullif(i, 0)) END % 2) * 10) AS c1", "(i / 10.0D)", "greatest(id, 1000L) AS c3")
OUTPUT_MODE = "append"
