from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "if((100 BETWEEN 0 AND 0), CASE WHEN b THEN id WHEN b THEN 86400L ELSE 3L END, 0L) AS c1", "(ts + INTERVAL '1-2' YEAR TO MONTH) AS c2", "lpad(t, 3, '*') AS c3", "to_date(t) AS c4", "CASE WHEN b THEN n WHEN isnan((CAST(i AS BIGINT) / 3)) THEN (n * i) WHEN (t > 'a') THEN (m * n) ELSE m END AS c5").filter(col("d").isNotNull())
OUTPUT_MODE = "append"
