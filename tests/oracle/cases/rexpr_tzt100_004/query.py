spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("hour((TIMESTAMP'2024-02-29 00:00:00' + INTERVAL '1-2' YEAR TO MONTH)) AS k1")).agg(expr("count(dt) AS a1"), (F.max((col("i") + F.abs((col("i") / lit(7.0))))) - F.min((col("i") + F.abs((col("i") / lit(7.0)))))).alias("a2"))
OUTPUT_MODE = "complete"
