spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, m DECIMAL(7,0), i INT, j INT, d DOUBLE").load(INPUT)
result = df.filter("(ts <= TIMESTAMP'2024-03-01 12:30:00.123456')").groupBy(expr("(j BETWEEN 5 AND 1) AS k1")).agg(F.max(col("d")).alias("a1"), expr("(max((try_divide((m - d), i) - -1.5D)) - min((try_divide((m - d), i) - -1.5D))) AS a2"), expr("round(avg((greatest(d, d) * (i + 99.99))), 0) AS a3")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "complete"
