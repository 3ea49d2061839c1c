from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, k BIGINT, i INT, b BOOLEAN, m DECIMAL(10,2), n DECIMAL(4,1), t STRING, d DOUBLE, dt DATE, s STRING, ts TIMESTAMP").load(INPUT)
result = df.groupBy("b").agg(expr("(max(greatest((d / 2), d)) - min(greatest((d / 2), d))) AS a1"), F.count_if(expr("CASE s WHEN 'a' THEN b END")).alias("a2"), F.round(F.avg(F.bround(F.floor(col("m"), 1), 0)), 2).alias("a3"), expr("round(avg(floor(pmod(m, nullif(try_multiply(m, -1), 0)), -1)), 0) AS a4")).orderBy("b")
OUTPUT_MODE = "complete"
ORDERED = True
