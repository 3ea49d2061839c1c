spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("ucase(s) AS k1")).agg(expr("min(CASE WHEN (j NOT IN (2, 0, 1)) THEN size(split(s, '-')) WHEN b THEN i WHEN b THEN 1 ELSE 5 END) AS a1"), expr("max(CASE WHEN (id <> 1000L) THEN d ELSE 3.75D END) AS a2"), expr("count(m) AS a3"), F.round(F.avg(col("i")), 3).alias("a4"))
OUTPUT_MODE = "complete"
