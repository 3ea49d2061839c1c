spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("try_element_at(split(nvl2(b, s, ''), '  *'), 1) AS k1")).agg((F.max((col("d") * F.abs(col("i")))) - F.min((col("d") * F.abs(col("i"))))).alias("a1"), (F.max(col("i")) - F.min(col("i"))).alias("a2"))
OUTPUT_MODE = "update"
