from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("CAST(d AS DECIMAL(6,2)) AS c1", "CAST(TRY_CAST(s AS INT) AS BOOLEAN) AS c2", "(m + m) AS c3", "(date_add(CASE WHEN (dt > DATE'2000-01-01') THEN dt ELSE greatest(dt, dt, dt) END, i) + INTERVAL 1 MONTH) AS c4", "(m * i) AS c5").where("((m IN (1.25, 100BD, 1.25)) OR (m IS NOT NULL))")
OUTPUT_MODE = "append"
