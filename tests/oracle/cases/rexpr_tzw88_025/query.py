spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("(- year(dt)) AS k1"), "b").agg(expr("count_if((NOT (m != n))) AS a1"), expr("round(avg(d), 0) AS a2")).orderBy("k1", "b")
OUTPUT_MODE = "complete"
ORDERED = True
