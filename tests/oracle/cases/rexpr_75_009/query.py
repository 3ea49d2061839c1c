from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, dt DATE, k BIGINT, s STRING, n DECIMAL(4,1), ts TIMESTAMP, b BOOLEAN, m DECIMAL(10,2), d DOUBLE, i INT").load(INPUT)
result = df.groupBy(expr("(- i) AS k1")).agg(expr("count(d) AS a1"), expr("round(avg(i), 2) AS a2"), expr("max((- CASE WHEN b THEN d ELSE d END)) AS a3"), F.min(F.greatest(col("i"), col("i"))).alias("a4"))
OUTPUT_MODE = "complete"
