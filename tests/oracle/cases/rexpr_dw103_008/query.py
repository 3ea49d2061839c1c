from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(F.from_unixtime((col("id") - col("i"))).alias("k1")).agg(expr("count_if(regexp_like(least(s, '2024-02-29', s), '[aeiou]{2}')) AS a1"), F.avg(F.coalesce(F.nullif((col("id") * lit(2)), lit(1).cast("bigint")), lit(1000).cast("bigint"))).alias("a2"))
OUTPUT_MODE = "update"
