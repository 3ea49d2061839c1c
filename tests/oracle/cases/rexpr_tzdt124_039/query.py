spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("(i + i) AS k1")).agg(expr("count_if(false) AS a1"), F.max(F.coalesce(col("id"), lit(86400).cast("bigint"))).alias("a2"), F.round(F.avg(F.cos(F.minute(lit(2).cast("timestamp")))), 2).alias("a3"))
OUTPUT_MODE = "complete"
