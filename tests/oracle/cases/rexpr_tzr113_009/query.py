spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, t STRING, j INT, m DECIMAL(10,2), i INT, s STRING, b BOOLEAN, dt DATE, d DOUBLE, k BIGINT").load(INPUT)
result = df.groupBy(expr("dt AS k1")).agg(F.min((col("i") - col("id"))).alias("a1"), expr("max(map_contains_key(map(i, 1), s)) AS a4"), F.count_if(((col("m") + col("i")) < lit(86400).cast("bigint"))).alias("a2"), expr("percentile(json_array_length(try_element_at(split(s, ' '), 1)), 0.5) AS a3"))
OUTPUT_MODE = "complete"
