spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, k BIGINT, d DOUBLE, s STRING, m DECIMAL(10,2), i INT, f FLOAT, ts TIMESTAMP, j INT, dt DATE, n DECIMAL(20,0)").json(INPUT)
result = df.select("id", expr("nvl2(replace(s, ' ', ''), CASE WHEN (dt = DATE'2024-02-29') THEN f WHEN true THEN f ELSE d END, 100.0D)").alias("c1"), expr("make_date(year(dt), month(dt), 1)").alias("c2"), expr("endswith(s, 'a')").alias("c3")).where(col("j").isNotNull())
OUTPUT_MODE = "append"
