from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("startswith(t, '') AS k1")).agg(expr("avg(d) AS a1"), F.sum(F.aggregate(F.split(F.initcap(F.substr(col("t"), lit(5), lit(3))), " "), lit(0), lambda acc, x: acc + F.length(x))).alias("a2")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
