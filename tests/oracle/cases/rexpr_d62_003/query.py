from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("coalesce(forall(split(t, ' '), x -> x = 'a'), true)").groupBy(F.rpad(col("s"), 3, "*").alias("k1"), "dt").agg(F.count_if(F.rpad(col("s"), 0, "ab").try_cast("boolean")).alias("a1"), F.datediff(F.max(F.last_day(F.to_date(col("ts")))), F.min(F.last_day(F.to_date(col("ts"))))).alias("a2"), expr("count_if(isnan(round(d))) AS a3"), F.round(F.avg(col("i")), 2).alias("a4")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
