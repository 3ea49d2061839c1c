from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(10,2), s STRING, dt DATE, k BIGINT, b BOOLEAN, ts TIMESTAMP, d DOUBLE, j INT, t STRING, i INT").json(INPUT)
result = df.select(F.ascii(col("s")).alias("c1"), F.coalesce(col("d"), lit(0.5)).alias("c2"), expr("CAST(dt AS TIMESTAMP) AS c3"), expr("(b OR (to_date('2025-03-01') > ts)) AS c4"), F.when((col("s") != col("t")), F.date_add(col("dt"), col("i"))).when(col("b"), F.to_date(lit("2024-02-29"))).alias("c5"))
OUTPUT_MODE = "append"
