from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "xxhash64(t, i)", "((n + TRY_CAST(d AS DECIMAL(20,0))) * i) AS c2", "abs(((m / nullif((n - m), 0)) - floor(n, 1))) AS c3").filter(((lit("o") == lit("2024-02-29")) | (col("t") < lit("x-y"))))
OUTPUT_MODE = "append"
