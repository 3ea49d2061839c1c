from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, s STRING, ts TIMESTAMP, k BIGINT, m DECIMAL(7,0), d DOUBLE, dt DATE, b BOOLEAN").load(INPUT)
result = df.groupBy(expr("bitmap_bucket_number(abs(month(ts))) AS k1")).agg(expr("max(sqrt(dt)) AS a4"), expr("count(date_format(ts, 'yyyyMMdd')) AS a1"), expr("round(var_pop(datediff((ts - INTERVAL 36 HOURS), dt)), 6) AS a2"), expr("any_value(false IS NOT NULL) AS a3"))
OUTPUT_MODE = "update"
