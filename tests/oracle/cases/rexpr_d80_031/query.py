from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(CASE WHEN b THEN dt ELSE DATE'2025-03-01' END IS NULL) AS c1", "CAST(i AS TIMESTAMP) AS c2", "CASE WHEN (m >= -3.10) THEN 0.001 WHEN ((id > 86400L) AND b) THEN ceil(CAST(-1 AS DECIMAL(38,18))) WHEN b THEN (- CASE WHEN (f <= -1.5D) THEN m WHEN b THEN m ELSE m END) ELSE ((m / nullif((5 - i), 0)) / -4) END AS c3", "datediff(dt, dt) AS c4", "to_date(date_format(TRY_CAST(s AS DATE), 'yyyyMMdd'), 'yyyyMMdd') AS c5")
OUTPUT_MODE = "append"
