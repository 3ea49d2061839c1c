from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, k BIGINT, d DOUBLE, m DECIMAL(38,10), t STRING, s STRING, ts TIMESTAMP, b BOOLEAN, i INT, dt DATE, j INT").load(INPUT)
result = df.selectExpr("id", "ln(m) AS c1", "round(nullif(bround(d, 0), 0.5D), 2) AS c2", "(ts - INTERVAL '1 02:03:04.000005' DAY TO SECOND) AS c3", "((m BETWEEN 0.5 AND -3.10) OR (m >= 1.25)) AS c4", "trim(t) AS c5").where("((false OR b) OR (j >= 5))")
OUTPUT_MODE = "append"
