spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.when(col("id").isNotNull(), col("i")).when(F.exists(F.split(col("s"), " "), lambda x: x == lit("o")), col("i")).when(col("b"), expr("CAST(extract(DAY FROM (ts - TIMESTAMP'2024-02-29 00:00:00')) AS INT)")).otherwise(col("i")).alias("k1"), "b").agg(F.round(F.avg(col("i")), 3).alias("a1"), F.sum(col("i")).alias("a2"), F.max((F.try_divide(col("d"), col("i")) + (lit(10) / lit(2.0)))).alias("a3"), F.count_if((F.array_join(F.split(col("s"), "-"), "-") != col("s"))).alias("a4"))
OUTPUT_MODE = "update"
