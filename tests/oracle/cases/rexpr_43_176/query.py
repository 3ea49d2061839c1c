from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(12,4), dt DATE, k BIGINT, d DOUBLE, b BOOLEAN, s STRING, i INT, n DECIMAL(5,3), ts TIMESTAMP, j INT, t STRING").json(INPUT)
result = df.filter((col("s") != lit("x-y"))).withColumn("c1", F.round(col("d"), 3)).withColumn("c2", expr("date_add(to_date('2025-03-01'), i)")).withColumn("c3", expr("timestamp_seconds(i)")).drop("dt", "s", "ts", "j", "t").filter("(CAST(i AS BOOLEAN) OR (n IS NOT NULL))")
OUTPUT_MODE = "append"
