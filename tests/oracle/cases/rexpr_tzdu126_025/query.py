spark.conf.set("spark.sql.session.timeZone", "Pacific/Auckland")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, dt DATE, ts TIMESTAMP, b BOOLEAN, i INT, m DECIMAL(18,6), s STRING").load(INPUT)
result = df.groupBy(expr("element_at(array_sort(array(dt, dt, DATE'2024-02-29')), 1)").alias("k1")).agg(F.count_if(F.isnan(col("d"))).alias("a1"), F.median(col("i")).alias("a2"), F.count(col("i")).alias("a3")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
