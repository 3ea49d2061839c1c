spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("ascii('o') AS k1")).agg(expr("round(avg(m), 3) AS a1"), (F.max(F.aggregate(F.split(F.bround(col("m"), -1).cast("string"), " "), lit(0), lambda acc, x: acc + F.length(x))) - F.min(F.aggregate(F.split(F.bround(col("m"), -1).cast("string"), " "), lit(0), lambda acc, x: acc + F.length(x)))).alias("a2"), F.count_if((col("i") <= lit(2))).alias("a3")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
