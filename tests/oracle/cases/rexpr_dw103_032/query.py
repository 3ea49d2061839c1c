from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "CAST(TRY_CAST(s AS BOOLEAN) AS BIGINT) AS c1", "CASE WHEN (m = j) THEN id ELSE id END AS c2")
OUTPUT_MODE = "append"
