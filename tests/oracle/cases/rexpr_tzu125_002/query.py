spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, k BIGINT, m DECIMAL(10,2), dt DATE, i INT, d DOUBLE, b BOOLEAN, t STRING, j INT, ts TIMESTAMP, s STRING").json(INPUT)
result = df.groupBy("b", expr("(CAST(make_dt_interval(i, 2, 3, 4.5) AS STRING) COLLATE UTF8_BINARY = 'Hello World')").alias("k2")).agg(F.round(F.avg(col("i")), 3).alias("a1"), expr("count(DISTINCT i) > -1 AS a2"), F.max(expr("array_insert(array(i), 0, 1)")).alias("a3")).orderBy(col("a1").desc(), col("b").asc_nulls_last(), col("k2").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
