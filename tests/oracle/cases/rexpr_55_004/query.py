from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(F.coalesce((col("id") != lit(0).cast("bigint")), lit(True))).selectExpr("nullif(ts, TIMESTAMP'2024-02-29 00:00:00') AS c1", "isnull(format_string('[%5s|%-4d]', right(s, 2), 0L)) AS c2", "greatest((n - 1.25), m) AS c3", "nullif(nullif(((m * 5) * i), 1.25), 0.5) AS c4")
OUTPUT_MODE = "append"
