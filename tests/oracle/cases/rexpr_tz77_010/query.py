spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, t STRING, dt DATE, s STRING, i INT, j INT, m DECIMAL(7,0), ts TIMESTAMP, n DECIMAL(9,5), d DOUBLE, b BOOLEAN").json(INPUT)
result = df.groupBy(expr("s AS k1")).agg(F.round(F.avg(col("n")), 0).alias("a1"), F.round(F.avg(F.nvl2(lit(0.5), col("n"), lit(.5).cast("decimal(2,1)"))), 2).alias("a2"), F.max(F.date_trunc("HOUR", F.when((col("s") != lit("abc")), F.to_timestamp(lit("2024-02-29 00:00:00"))).when((col("ts") != F.to_timestamp(lit("1999-12-31 23:59:59.999"))), col("ts")).when(col("b"), col("ts")).otherwise(col("ts")))).alias("a3"))
OUTPUT_MODE = "update"
