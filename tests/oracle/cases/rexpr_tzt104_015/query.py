spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("CAST(extract(DAY FROM (ts - coalesce(ts, ts, TIMESTAMP'1999-12-31 23:59:59.999'))) AS INT) AS k1")).agg(expr("count_if(((m * m) IN (0.001))) AS a1"), (F.max((lit(10) * col("n"))) - F.min((lit(10) * col("n")))).alias("a2")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
