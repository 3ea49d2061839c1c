from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("regexp_count('é', '[0-9]') AS k1")).agg(F.count(F.repeat(F.reverse(col("t")), 0)).alias("a1"), expr("sort_array(collect_set(i)) AS a2"))
OUTPUT_MODE = "update"
