spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, i INT, k BIGINT, dt DATE, m DECIMAL(10,2), s STRING, j INT, t STRING, b BOOLEAN, d DOUBLE").load(INPUT)
result = df.groupBy("t", expr("coalesce(i, j, 10) AS k2")).agg(F.sort_array(F.collect_set(col("t"))).alias("a1"), expr("sum(ifnull(m, 0.5)) AS a2")).orderBy(col("a1").desc(), col("t").asc_nulls_last(), col("k2").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
