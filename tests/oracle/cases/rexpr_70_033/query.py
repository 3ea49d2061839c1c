from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("s").agg(expr("sum(CASE WHEN isnan(f) THEN m ELSE 0 END) AS a1"), expr("datediff(max(trunc(dt, 'mon')), min(trunc(dt, 'mon'))) AS a2")).orderBy(col("a1").desc(), col("s").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
