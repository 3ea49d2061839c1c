spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, n DECIMAL(4,1), d DOUBLE, i INT, dt DATE, ts TIMESTAMP, j INT, s STRING, t STRING, m DECIMAL(18,6)").load(INPUT)
result = df.groupBy(expr("i AS k1")).agg(expr("sum(id) AS a1"), expr("max(ts) AS a2"), (F.max(col("d")) - F.min(col("d"))).alias("a3")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
