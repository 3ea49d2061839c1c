spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("repeat(replace(s, 'l', 'LL'), 0) AS k1"), expr("least(CAST(extract(DAY FROM (dt - dt)) AS INT), i, i) AS k2")).agg(expr("round(avg((i * 3)), 3) AS a1"), expr("sort_array(collect_set(CAST((ts - ts) AS STRING))) AS a2"), F.max(col("dt")).alias("a3"), expr("sum(d) AS a4")).orderBy("k1", "k2")
OUTPUT_MODE = "complete"
ORDERED = True
