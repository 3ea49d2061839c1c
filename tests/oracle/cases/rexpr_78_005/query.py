from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("((try_to_date('abc') <= dt) OR (m IS NULL))").groupBy("dt").agg((F.max(col("m")) - F.min(col("m"))).alias("a1"), expr("(max(d) - min(d)) AS a2"), F.count_if((F.coalesce(lit(3.75), lit(100.0)) < F.round(col("d"), 2))).alias("a3"), F.round(F.avg((lit(-1) * (lit(2) + F.when((col("d") > lit(-1.5)), col("i")).when((col("d") == lit(float("nan"))), col("i")).when((col("t") < lit("a")), lit(1)).otherwise(col("i"))))), 0).alias("a4"))
OUTPUT_MODE = "update"
