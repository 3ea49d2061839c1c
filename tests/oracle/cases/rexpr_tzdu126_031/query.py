spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("timestamp_diff('MONTH', TIMESTAMP'2024-02-29 00:00:00', ts)").isNotNull().alias("k1")).agg(expr("round(corr(0.1D, i), 6)").alias("a1"), expr("hex(count_min_sketch(i, 0.5D, 0.5D, 1)) AS a2"), expr("sort_array(collect_union(array(shiftright(i, 2), dayofmonth(ts)))) AS a3"))
OUTPUT_MODE = "update"
