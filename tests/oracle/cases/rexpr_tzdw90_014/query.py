spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("s") != lit("a"))).groupBy("t", "t").agg(expr("datediff(max(trunc(dt, 'YEAR')), min(trunc(dt, 'YEAR'))) AS a1"), (F.max(F.aggregate(F.split(F.when(F.isnull(col("b")), col("t")).when(col("i").isNotNull(), col("s")).otherwise(col("t")), " "), lit(0), lambda acc, x: acc + F.length(x))) - F.min(F.aggregate(F.split(F.when(F.isnull(col("b")), col("t")).when(col("i").isNotNull(), col("s")).otherwise(col("t")), " "), lit(0), lambda acc, x: acc + F.length(x)))).alias("a2"))
OUTPUT_MODE = "update"
