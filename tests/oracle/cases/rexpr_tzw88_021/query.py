spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("((NOT b) OR (n IS NOT NULL))").groupBy(expr("((locate(' ', s) > 2) = false)").alias("k1")).agg(expr("max(n) AS a1"), (F.max(F.log10(F.abs(F.dayofmonth(F.trunc(col("dt"), "mon"))) + lit(1))) - F.min(F.log10(F.abs(F.dayofmonth(F.trunc(col("dt"), "mon"))) + lit(1)))).alias("a2"), expr("max(ts) AS a3"), expr("sum(CASE WHEN (s BETWEEN '2024-02-29' AND 'Hello') THEN m ELSE 0 END) AS a4")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
