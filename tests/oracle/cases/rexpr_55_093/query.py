from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "dt", "CASE WHEN ((s = 'é') AND (m > d)) THEN dt WHEN (i IN (3)) THEN dt WHEN b THEN DATE'2000-01-01' ELSE DATE'2023-12-31' END AS c1", "CASE WHEN CAST(id AS BOOLEAN) THEN m WHEN b THEN n ELSE CASE TRY_CAST(f AS INT) WHEN -1 THEN abs(n) WHEN 5 THEN CASE WHEN b THEN m ELSE m END ELSE 99.99 END END AS c2").filter((~F.coalesce(col("b"), lit(False))))
OUTPUT_MODE = "append"
