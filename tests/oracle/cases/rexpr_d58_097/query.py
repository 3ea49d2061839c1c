from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.nullif(col("m"), lit(100).cast("decimal(3,0)")).alias("c1"), F.make_date(lit(2023), lit(2), lit(28)).alias("c2"), expr("CASE WHEN (m = 12.345) THEN id WHEN (t <= '42') THEN id WHEN b THEN CAST(NULL AS BIGINT) ELSE unix_timestamp(ts) END AS c3"))
OUTPUT_MODE = "append"
