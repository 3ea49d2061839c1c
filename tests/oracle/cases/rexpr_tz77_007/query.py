spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, b BOOLEAN, i INT, m DECIMAL(38,10), s STRING, j INT, t STRING, ts TIMESTAMP, dt DATE").load(INPUT)
result = df.groupBy((col("dt") != F.to_date(lit("2024-02-29"))).alias("k1")).agg(F.round(F.avg(((col("m") * col("m")) * F.when(col("b"), col("m")).when(col("t").isNotNull(), expr("1.25")).when(col("b"), expr("1.25")).otherwise(col("m")))), 3).alias("a1"), expr("sum(CASE WHEN b THEN round(12.345) ELSE 0 END) AS a2")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
