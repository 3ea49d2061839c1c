spark.conf.set("spark.sql.session.timeZone", "Europe/Berlin")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("s").agg(expr("(max(i) - min(i)) AS a1"), F.sort_array(F.collect_set(col("i"))).alias("a2"), expr("max(s) AS a3")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "complete"
