spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, j INT, i INT, b BOOLEAN, m DECIMAL(7,0), t STRING, s STRING, ts TIMESTAMP, dt DATE").json(INPUT)
result = df.filter("(b OR (ts IS NOT NULL))").select((col("dt") != F.to_date(lit("2025-03-01"))).alias("c1"), F.rpad(col("s"), 6, "é").contains(" ").alias("c2"), expr("TRY_CAST(t AS TIMESTAMP)").alias("c3"), F.size(F.split(F.lpad(col("ts").cast("string"), 6, "é"), "-")).alias("c4")).filter("(t <= '42')")
OUTPUT_MODE = "append"
