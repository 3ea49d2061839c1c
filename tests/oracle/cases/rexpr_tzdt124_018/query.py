spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, j INT, k BIGINT, ts TIMESTAMP, n DECIMAL(5,3), t STRING, m DECIMAL(38,10), s STRING, dt DATE, d DOUBLE, i INT").json(INPUT)
result = df.groupBy(expr("months_between(ts, dt) AS k1")).agg(expr("round(avg(n), 0) AS a1"), F.max(F.when(col("k").isNotNull(), col("ts")).otherwise(col("ts"))).alias("a2"))
OUTPUT_MODE = "update"
