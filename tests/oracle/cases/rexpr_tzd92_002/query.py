spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(col("ts").isNotNull()).groupBy("s").agg(F.max((col("ts") - expr("INTERVAL '90' MINUTE"))).alias("a1"), expr("(max((m * m)) - min((m * m))) AS a2"), expr("(max(bround(CASE WHEN b THEN d ELSE d END, -1)) - min(bround(CASE WHEN b THEN d ELSE d END, -1))) AS a3"), expr("(max((d / nullif((i * 10), 0))) - min((d / nullif((i * 10), 0)))) AS a4"))
OUTPUT_MODE = "update"
