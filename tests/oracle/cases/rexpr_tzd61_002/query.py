spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, j INT, i INT, d DOUBLE, t STRING, dt DATE, b BOOLEAN, m DECIMAL(10,2), k BIGINT, s STRING, ts TIMESTAMP").load(INPUT)
result = df.groupBy(F.lower(lit("abc")).alias("k1")).agg(expr("count_if((j >= 2)) AS a1"), expr("sum(CASE WHEN (date_trunc('QUARTER', ts) <= CASE WHEN b THEN ts WHEN (j = 10) THEN ts WHEN b THEN ts ELSE ts END) THEN (i + (- i)) ELSE 0 END) AS a2"), expr("avg(CASE WHEN (j >= 3) THEN id WHEN (d <= 2.0D) THEN id WHEN b THEN id ELSE id END) AS a3")).filter("a1 IS NOT NULL").orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
