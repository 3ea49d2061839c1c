from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(col("n").isNotNull()).groupBy(expr("size(split(s, '[aeiou]')) AS k1")).agg(F.count_if(expr("-3.10").between(expr("0.5"), lit(.001).cast("decimal(4,3)"))).alias("a1"), (F.max(F.when(col("s").like("%"), col("n"))) - F.min(F.when(col("s").like("%"), col("n")))).alias("a2"), expr("max(dt) AS a3"), F.count_if(expr("((dayofweek((dt + INTERVAL -10 DAYS)) > 7) = false)")).alias("a4")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
