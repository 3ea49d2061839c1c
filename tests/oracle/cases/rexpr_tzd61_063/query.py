spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("dt").agg(expr("(max(i) - min(i)) AS a1"), expr("(max(round(n, -1)) - min(round(n, -1))) AS a2"), F.count_if(F.substring(col("s"), 2, 1).rlike("^\\s")).alias("a3")).orderBy("dt")
OUTPUT_MODE = "complete"
ORDERED = True
