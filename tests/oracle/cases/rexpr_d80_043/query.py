from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(col("n").isNotNull()).selectExpr("id", "(try_add(i, (2 - i)) - id) AS c1", "bround(round((m / nullif(abs(m), 0)), -1), 0) AS c2", "(7 BETWEEN 10 AND 2) AS c3", "greatest(id, (1000L + id)) AS c4", "CAST(CAST(NULL AS BIGINT) AS BOOLEAN) AS c5")
OUTPUT_MODE = "append"
