from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "(1 / nullif(pow(i, 2), 0)) AS c1", "sqrt(0.001D) AS c2", "TRY_CAST(t AS TIMESTAMP) AS c3", "CASE WHEN (id IS NOT NULL) THEN dt ELSE to_date('2000-01-01') END AS c4")
OUTPUT_MODE = "append"
