from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(i IS NOT NULL)").groupBy("s").agg(F.max(col("ts")).alias("a1"), expr("datediff(max((CASE WHEN b THEN dt ELSE dt END - INTERVAL -10 DAYS)), min((CASE WHEN b THEN dt ELSE dt END - INTERVAL -10 DAYS))) AS a2"))
OUTPUT_MODE = "complete"
