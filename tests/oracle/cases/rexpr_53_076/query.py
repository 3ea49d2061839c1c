from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("(1 * id) AS c1", "nullif(date_trunc('QUARTER', TIMESTAMP'2024-02-29 00:00:00'), TIMESTAMP'2024-03-01 12:30:00.123456') AS c2", "TRY_CAST((n - nullif(n, 100BD)) AS INT) AS c3", "(0.001 + m) AS c4").filter(((col("ts").isNotNull() & col("b")) | (col("ts") < F.to_timestamp(lit("2024-03-01 12:30:00.123456")))))
OUTPUT_MODE = "append"
