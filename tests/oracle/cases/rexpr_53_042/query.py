from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "CASE WHEN (m IS NOT NULL) THEN dt WHEN b THEN add_months(dt, i) WHEN b THEN CASE WHEN b THEN dt WHEN b THEN DATE'2025-03-01' ELSE dt END ELSE trunc(dt, 'mon') END AS c1", "CASE WHEN endswith(CAST(CASE WHEN (b IS NOT TRUE) THEN m ELSE m END AS STRING), 'é') THEN CAST(i AS DOUBLE) ELSE (- ln(d)) END AS c2")
OUTPUT_MODE = "append"
