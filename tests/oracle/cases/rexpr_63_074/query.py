from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("(2 >= f) AS c1", "dayofmonth(make_date(2024, pmod(i, 12) + 1, 1)) AS c2", "((j IS NOT NULL) AND b) AS c3", "(CASE WHEN (t > '2024-02-29') THEN t WHEN (s = ' ') THEN s ELSE CAST(NULL AS STRING) END IS NOT NULL) AS c4", "CASE WHEN (t RLIKE '[0-9]+') THEN CASE WHEN b THEN d WHEN (f IS NOT NULL) THEN f WHEN (1 IN (1, 5)) THEN f ELSE (f + d) END WHEN b THEN f ELSE f END AS c5")
OUTPUT_MODE = "append"
