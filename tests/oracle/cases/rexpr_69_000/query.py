from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "m", "((d * -1) / 2.0D) AS c1", "round(CAST((i IS NULL) AS DECIMAL(5,1)), 1) AS c2", "CASE WHEN (m <=> d) THEN (j = 2) WHEN (m >= 99.99) THEN (dt = to_date('2000-01-01')) WHEN (id >= m) THEN (isnull(i) AND (j IS NOT NULL)) ELSE (id <> -2L) END AS c3", "CASE WHEN (d IS NULL) THEN (ts - INTERVAL 1 MONTH) WHEN (pow(m, 3) BETWEEN 3.75D AND -1.5D) THEN CASE WHEN (k IS NOT NULL) THEN ts ELSE ts END END AS c4", "(m / nullif(round(m, 0), 0)) AS c5")
OUTPUT_MODE = "append"
