from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, n DECIMAL(5,3), b BOOLEAN, t STRING, d DOUBLE, dt DATE, m DECIMAL(7,0), s STRING, ts TIMESTAMP, f FLOAT").json(INPUT)
result = df.groupBy("dt").agg(expr("min(get(split(s, ','), 0)) AS a1"), expr("hex(count_min_sketch(size(array_distinct(split(t, ','))), 0.5D, 0.5D, 1)) AS a2"), F.round(F.avg(expr("xpath_short('<a><b>7</b><b>' || 5 || '</b></a>', 'sum(a/b)')")), 3).alias("a3"), expr("sort_array(collect_set(t)) AS a4")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
