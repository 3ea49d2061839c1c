from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, m DECIMAL(38,10), b BOOLEAN, s STRING, d DOUBLE, j INT, k BIGINT, n DECIMAL(4,1), i INT, ts TIMESTAMP, f FLOAT").load(INPUT)
result = df.groupBy("dt").agg(expr("max(ts) AS a1"), F.count_if(col("s").eqNullSafe(lit(""))).alias("a2"), F.count(col("b")).alias("a3")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
