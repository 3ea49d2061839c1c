from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, t STRING, f FLOAT, m DECIMAL(38,10), n DECIMAL(20,0), ts TIMESTAMP, s STRING, b BOOLEAN, dt DATE, d DOUBLE, k BIGINT, i INT").load(INPUT)
result = df.groupBy(expr("log1p(i) AS k1")).agg(expr("max(round((n - n), 0)) AS a1"), F.avg(F.coalesce(col("n"), lit(.001).cast("decimal(4,3)"))).alias("a2"), expr("(max(((m - n) * bround((99.99 / 7), 0))) - min(((m - n) * bround((99.99 / 7), 0)))) AS a3"), F.max(col("t").cast("int")).alias("a4"))
OUTPUT_MODE = "complete"
