spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(col("dt").cast("string").alias("k1")).agg(F.max(col("dt")).alias("a1"), F.datediff(F.max(F.to_date(lit("2025-03-01"))), F.min(F.to_date(lit("2025-03-01")))).alias("a2"))
OUTPUT_MODE = "complete"
