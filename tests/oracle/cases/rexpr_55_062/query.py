from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(F.coalesce((col("k") >= (col("n") / F.nullif(col("n"), lit(0)))), lit(True))).selectExpr("id", "repeat(CAST(nullif((ts + INTERVAL '1 02:03:04.000005' DAY TO SECOND), TIMESTAMP'2024-02-29 00:00:00') AS STRING), -1) AS c1", "(m % 7.5) AS c2")
OUTPUT_MODE = "append"
