spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("CASE WHEN (f > -1.5D) THEN s ELSE ' ' END AS k1")).agg(F.round(F.avg(F.pow((col("i") / lit(-4)), 0.5)), 3).alias("a1"), expr("count(i) AS a2"), F.bool_and(col("m").isNotNull()).alias("a3"), F.datediff(F.max(col("dt")), F.min(col("dt"))).alias("a4"))
OUTPUT_MODE = "update"
