spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.when((col("m") != lit(1.25).cast("decimal(3,2)")), F.weekday(col("dt"))).when((col("t") > lit("abc")), col("j")).alias("k1")).agg(F.max(col("t").cast("int")).alias("a3"), expr("min(m) AS a1"), F.median(col("i")).alias("a2")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
