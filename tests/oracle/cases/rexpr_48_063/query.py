from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "b", "CASE WHEN (b AND (k IS NOT NULL)) THEN 1000L WHEN (isnan(d) >= b) THEN k WHEN (' ' IN ('2024-02-29', '42')) THEN k ELSE CAST(CAST(NULL AS INT) AS BIGINT) END AS c1", "CAST(CAST((i % 7) AS TIMESTAMP) AS DOUBLE) AS c2")
OUTPUT_MODE = "append"
