from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("CAST((ts >= TIMESTAMP'2024-03-01 12:30:00.123456') AS BIGINT) AS c1"), expr("TRY_CAST(s AS DOUBLE)").alias("c2"), F.initcap(F.coalesce(col("s"), col("s"), lit("2024-02-29"))).alias("c3"), expr("(TRY_CAST(d AS DECIMAL(20,0)) * i) AS c4")).where((col("d").between(lit(0.5), lit(0.001)) | col("d").isNotNull()))
OUTPUT_MODE = "append"
