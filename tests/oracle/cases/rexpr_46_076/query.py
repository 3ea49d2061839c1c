from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(s < 'o')").groupBy(F.next_day(col("dt"), "wednesday").alias("k1")).agg(F.max((col("d") / col("i"))).alias("a4"), expr("(max(0.5) - min(0.5)) AS a1"), F.round(F.avg((col("b").cast("decimal(38,18)") - (col("i") - col("n")))), 0).alias("a2"), expr("datediff(max(dt), min(dt)) AS a3")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
