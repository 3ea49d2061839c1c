from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", (col("i") - (col("i") - col("i"))).alias("c1"), expr("CASE WHEN (ts > TIMESTAMP'2024-02-29 00:00:00') THEN id WHEN (dt = to_date('2025-03-01')) THEN id END"))
OUTPUT_MODE = "append"
