from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((col("ts") > F.to_timestamp(lit("2024-02-29 00:00:00")))).selectExpr("((n % nullif((n - (n * n)), 0)) IN (-3.10)) AS c1", "greatest(t, t, t) AS c2").where("(id IS NOT NULL)")
OUTPUT_MODE = "append"
